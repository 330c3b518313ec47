using System.Net;

namespace MedQa.Sample.Web.Tests;

/// <summary>Production never gets demo accounts: without any account it does not start, and says how to create one.</summary>
public sealed class ProductionAccountsTests(SampleAppFixture fixture) : IClassFixture<SampleAppFixture>
{
    [Fact]
    public async Task StartUp_ProductionWithoutAccounts_StopsAndNamesTheAddAccountCommand()
    {
        var database = Path.Combine(Path.GetTempPath(), $"medqa-noaccounts-{Guid.NewGuid():N}.db");
        try
        {
            var result = await DotnetCommand.RunAsync(
                SampleApp.ProjectDirectory,
                ["exec", SampleApp.AssemblyPath, "--urls", "http://127.0.0.1:0", "--contentRoot", SampleApp.ProjectDirectory, "--environment", "Production", $"--MedQa:Database:ConnectionString=Data Source={database}"],
                TimeSpan.FromSeconds(60));

            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("The site has no accounts", result.Output, StringComparison.Ordinal);
            Assert.Contains("add-account", result.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("Now listening", result.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(database);
        }
    }

    [Fact]
    public async Task SignIn_Production_ListsNoDemoAccountAndRefusesTheirPasswords()
    {
        using var visitor = new SiteClient(fixture.App.BaseAddress);
        var (_, html) = await visitor.GetAsync("account/sign-in");
        Assert.DoesNotContain("Demo accounts", html, StringComparison.Ordinal);
        Assert.DoesNotContain("patient-demo", html, StringComparison.Ordinal);
        Assert.False(await visitor.SignInAsync("patient", "patient-demo"));
        Assert.True(await visitor.SignInAsync(SampleApp.OperatorUser, SampleApp.OperatorPassword));
        var (status, _) = await visitor.GetAsync("moderation");
        Assert.Equal(HttpStatusCode.OK, status);
    }
}
