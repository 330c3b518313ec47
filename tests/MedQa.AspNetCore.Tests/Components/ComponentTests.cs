using Bunit;
using MedQa.AspNetCore.Components;
using MedQa.Rendering;
using MedQa.Samples;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace MedQa.AspNetCore.Tests.Components;

/// <summary>The Blazor components in bUnit's renderer (as in an interactive render mode).</summary>
public sealed class ComponentTests : IDisposable
{
    private static readonly QaThread Seed = SeedThread.Build();
    private static readonly QaThread Uk = UkThread.Build();

    private readonly BunitContext _context = new();

    public ComponentTests() => _context.Services.AddMedQa();

    public void Dispose() => _context.Dispose();

    [Fact]
    public void MedQaThread_Thread_RendersTheRenderersWholeThread()
    {
        var component = _context.Render<MedQaThread>(parameters => parameters.Add(p => p.Thread, Seed));

        component.MarkupMatches(MedQaHtmlRenderer.Default.Render(Seed));
    }

    [Fact]
    public void MedQaAnswers_Thread_RendersTheAnswersWithoutTheDisclaimer()
    {
        var component = _context.Render<MedQaAnswers>(parameters => parameters.Add(p => p.Thread, Seed));

        component.MarkupMatches(MedQaHtmlRenderer.Default.RenderAnswers(Seed));
        Assert.DoesNotContain(Seed.Disclaimer.EducationalStatement, component.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void MedQaDisclaimer_BeforeAUkThreadInTheTree_Shows999AndNever911()
    {
        // As in a layout: the disclaimer renders before the page's components record their thread.
        var page = _context.Render(builder =>
        {
            builder.OpenComponent<MedQaDisclaimer>(0);
            builder.CloseComponent();
            builder.OpenComponent<MedQaAnswers>(1);
            builder.AddAttribute(2, nameof(MedQaAnswers.Thread), Uk);
            builder.CloseComponent();
        });

        var disclaimer = page.FindComponent<MedQaDisclaimer>();
        disclaimer.MarkupMatches(MedQaHtmlRenderer.Default.RenderDisclaimer(Uk.Disclaimer));
        Assert.DoesNotContain("911", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void MedQaDisclaimer_NoThread_ShowsTheConfiguredDefault()
    {
        using var context = new BunitContext();
        context.Services.AddMedQa(options => options.DefaultDisclaimer = MedicalDisclaimer.ForRegion("NZ"));

        var component = context.Render<MedQaDisclaimer>();

        component.MarkupMatches(MedQaHtmlRenderer.Default.RenderDisclaimer(MedicalDisclaimer.ForRegion("NZ")));
    }

    [Fact]
    public void MedQaDisclaimer_ThreadChangesInteractively_FollowsTheShownThread()
    {
        var disclaimer = _context.Render<MedQaDisclaimer>();
        var answers = _context.Render<MedQaAnswers>(parameters => parameters.Add(p => p.Thread, Uk));
        Assert.Contains("please call 999.", disclaimer.Markup, StringComparison.Ordinal);

        answers.Render(parameters => parameters.Add(p => p.Thread, Seed));

        Assert.Contains("please call 911.", disclaimer.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("999", disclaimer.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MedQaAnswers_Disposed_ReleasesItsDisclaimer()
    {
        _context.Render<MedQaAnswers>(parameters => parameters.Add(p => p.Thread, Uk));
        var requestContext = _context.Services.GetRequiredService<MedQaRequestContext>();
        Assert.Equal([Uk.Disclaimer], requestContext.Disclaimers);

        await _context.DisposeComponentsAsync();

        Assert.Empty(requestContext.Disclaimers);
    }

    [Fact]
    public void MedQaThread_NoThread_ThrowsSayingWhatToWrite()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => _context.Render<MedQaThread>());

        Assert.Contains("<MedQaThread Thread=", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MedQaAnswers_WithoutAddMedQa_ThrowsNamingAddMedQa()
    {
        using var context = new BunitContext();

        var exception = Assert.Throws<InvalidOperationException>(
            () => context.Render<MedQaAnswers>(parameters => parameters.Add(p => p.Thread, Seed)));

        Assert.Contains("AddMedQa()", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Components_Always_CarryTheirDisclaimerMarkers()
    {
        Assert.True(Attribute.IsDefined(typeof(MedQaThread), typeof(RendersMedicalDisclaimerAttribute)));
        Assert.True(Attribute.IsDefined(typeof(MedQaDisclaimer), typeof(RendersMedicalDisclaimerAttribute)));
        Assert.True(Attribute.IsDefined(typeof(MedQaAnswers), typeof(RequiresMedicalDisclaimerAttribute)));
        Assert.True(typeof(IComponent).IsAssignableFrom(typeof(MedQaAnswers)));
    }
}
