using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MedQa.AspNetCore.Tests;

public sealed class MedQaServiceCollectionExtensionsTests
{
    [Fact]
    public void AddMedQa_NoConfiguration_KeepsTheStandardDisclaimer()
    {
        using var provider = new ServiceCollection().AddMedQa().BuildServiceProvider();

        Assert.Equal(MedicalDisclaimer.Standard, provider.GetRequiredService<IOptions<MedQaOptions>>().Value.DefaultDisclaimer);
    }

    [Fact]
    public void AddMedQa_Configured_AppliesTheConfiguration()
    {
        using var provider = new ServiceCollection()
            .AddMedQa(options => options.DefaultDisclaimer = MedicalDisclaimer.ForRegion("GB"))
            .BuildServiceProvider();

        Assert.Equal("999", provider.GetRequiredService<IOptions<MedQaOptions>>().Value.DefaultDisclaimer.EmergencyNumber.Number);
    }

    [Fact]
    public void AddMedQa_NullServices_ThrowsNamingServices()
        => Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => MedQaServiceCollectionExtensions.AddMedQa(null!)).ParamName);

    [Fact]
    public void DefaultDisclaimer_Null_ThrowsNamingTheProperty()
        => Assert.Equal("DefaultDisclaimer", Assert.Throws<ArgumentNullException>(() => new MedQaOptions { DefaultDisclaimer = null! }).ParamName);
}
