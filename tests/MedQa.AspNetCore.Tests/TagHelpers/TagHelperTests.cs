using MedQa.AspNetCore.TagHelpers;
using MedQa.Rendering;
using MedQa.Samples;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace MedQa.AspNetCore.Tests.TagHelpers;

public sealed class TagHelperTests
{
    private static readonly QaThread Seed = SeedThread.Build();
    private static readonly QaThread Uk = UkThread.Build();

    [Fact]
    public void MedQaThread_Thread_WritesTheRenderersWholeThreadWithoutTheTag()
    {
        using var harness = new TagHelperHarness();

        var html = TagHelperHarness.Run(new MedQaThreadTagHelper { Thread = Seed, ViewContext = harness.ViewContext }, "medqa-thread");

        Assert.Equal(MedQaHtmlRenderer.Default.Render(Seed), html);
        Assert.DoesNotContain("medqa-thread>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void MedQaAnswers_Thread_WritesTheAnswersWithoutTheDisclaimer()
    {
        using var harness = new TagHelperHarness();

        var html = TagHelperHarness.Run(new MedQaAnswersTagHelper { Thread = Seed, ViewContext = harness.ViewContext }, "medqa-answers");

        Assert.Equal(MedQaHtmlRenderer.Default.RenderAnswers(Seed), html);
        Assert.DoesNotContain(Seed.Disclaimer.EducationalStatement, html, StringComparison.Ordinal);
    }

    [Fact]
    public void MedQaThread_ConfiguredRenderOptions_AreUsed()
    {
        var options = new RenderOptions { Order = AnswerOrder.Newest, HeadingLevel = 2 };
        using var harness = new TagHelperHarness(medqa => medqa.Render = options);

        var html = TagHelperHarness.Run(new MedQaThreadTagHelper { Thread = Seed, ViewContext = harness.ViewContext }, "medqa-thread");

        Assert.Equal(new MedQaHtmlRenderer(options).Render(Seed), html);
    }

    [Fact]
    public void MedQaDisclaimer_UkThreadShownEarlier_Shows999AndNever911()
    {
        using var harness = new TagHelperHarness();
        TagHelperHarness.Run(new MedQaAnswersTagHelper { Thread = Uk, ViewContext = harness.ViewContext }, "medqa-answers");

        var html = TagHelperHarness.Run(new MedQaDisclaimerTagHelper { ViewContext = harness.ViewContext }, "medqa-disclaimer");

        Assert.Equal(MedQaHtmlRenderer.Default.RenderDisclaimer(Uk.Disclaimer), html);
        Assert.Contains("999", html, StringComparison.Ordinal);
        Assert.DoesNotContain("911", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MedQaDisclaimer_ThreadRecordedAfterTheTagRan_StillShowsItsDisclaimer()
    {
        // A layout's tag runs before the page content is written; what it shows is decided when it is written.
        using var harness = new TagHelperHarness();
        var context = new Microsoft.AspNetCore.Razor.TagHelpers.TagHelperContext("medqa-disclaimer", [], new Dictionary<object, object>(), "id");
        var output = new Microsoft.AspNetCore.Razor.TagHelpers.TagHelperOutput("medqa-disclaimer", [], (_, _) => Task.FromResult<Microsoft.AspNetCore.Razor.TagHelpers.TagHelperContent>(new Microsoft.AspNetCore.Razor.TagHelpers.DefaultTagHelperContent()));
        await new MedQaDisclaimerTagHelper { ViewContext = harness.ViewContext }.ProcessAsync(context, output);

        harness.Context.Record(Uk);

        Assert.Contains("please call 999.", TagHelperHarness.Write(output), StringComparison.Ordinal);
    }

    [Fact]
    public void MedQaDisclaimer_NoThread_ShowsTheConfiguredDefault()
    {
        using var harness = new TagHelperHarness(options => options.DefaultDisclaimer = MedicalDisclaimer.ForRegion("AU"));

        var html = TagHelperHarness.Run(new MedQaDisclaimerTagHelper { ViewContext = harness.ViewContext }, "medqa-disclaimer");

        Assert.Equal(MedQaHtmlRenderer.Default.RenderDisclaimer(MedicalDisclaimer.ForRegion("AU")), html);
    }

    [Fact]
    public void MedQaDisclaimer_TwoRegionsShown_ShowsEachDisclaimerOnce()
    {
        using var harness = new TagHelperHarness();
        harness.Context.Record(Seed);
        harness.Context.Record(Uk);
        harness.Context.Record(Seed);

        var html = TagHelperHarness.Run(new MedQaDisclaimerTagHelper { ViewContext = harness.ViewContext }, "medqa-disclaimer");

        Assert.Equal(MedQaHtmlRenderer.Default.RenderDisclaimer(Seed.Disclaimer) + MedQaHtmlRenderer.Default.RenderDisclaimer(Uk.Disclaimer), html);
    }

    [Fact]
    public void MedQaJsonLd_Thread_WritesTheScriptElementWithTheRequestUrlWithoutQuery()
    {
        using var harness = new TagHelperHarness();

        var html = TagHelperHarness.Run(new MedQaJsonLdTagHelper { Thread = Seed, ViewContext = harness.ViewContext }, "medqa-jsonld");

        var expected = MedQa.Serialization.SchemaOrgJsonLd.ScriptElement(
            Seed, new MedQa.Serialization.JsonLdOptions { PageUrl = new Uri("https://example.com/questions/q") });
        Assert.Equal(expected, html);
    }

    [Fact]
    public void MedQaJsonLd_PageUrl_IsUsed()
    {
        using var harness = new TagHelperHarness();
        var url = new Uri("https://medqa.example/q/1");

        var html = TagHelperHarness.Run(new MedQaJsonLdTagHelper { Thread = Seed, PageUrl = url, ViewContext = harness.ViewContext }, "medqa-jsonld");

        Assert.Contains("\"url\":\"https://medqa.example/q/1#answer-", html, StringComparison.Ordinal);
        Assert.StartsWith("<script type=\"application/ld+json\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("medqa-thread")]
    [InlineData("medqa-answers")]
    [InlineData("medqa-jsonld")]
    public void ThreadTag_NoThread_ThrowsSayingWhatToWrite(string tag)
    {
        using var harness = new TagHelperHarness();
        Microsoft.AspNetCore.Razor.TagHelpers.TagHelper helper = tag switch
        {
            "medqa-thread" => new MedQaThreadTagHelper { ViewContext = harness.ViewContext },
            "medqa-answers" => new MedQaAnswersTagHelper { ViewContext = harness.ViewContext },
            _ => new MedQaJsonLdTagHelper { ViewContext = harness.ViewContext },
        };

        var exception = Assert.Throws<InvalidOperationException>(() => TagHelperHarness.Run(helper, tag));

        Assert.Contains($"<{tag} thread=", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MedQaAnswers_WithoutAddMedQa_ThrowsNamingAddMedQa()
    {
        var viewContext = new ViewContext { HttpContext = new Microsoft.AspNetCore.Http.DefaultHttpContext() };

        var exception = Assert.Throws<InvalidOperationException>(
            () => TagHelperHarness.Run(new MedQaAnswersTagHelper { Thread = Seed, ViewContext = viewContext }, "medqa-answers"));

        Assert.Contains("AddMedQa()", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TagHelpers_Always_CarryTheirDisclaimerMarkers()
    {
        Assert.True(Attribute.IsDefined(typeof(MedQaThreadTagHelper), typeof(RendersMedicalDisclaimerAttribute)));
        Assert.True(Attribute.IsDefined(typeof(MedQaDisclaimerTagHelper), typeof(RendersMedicalDisclaimerAttribute)));
        Assert.True(Attribute.IsDefined(typeof(MedQaAnswersTagHelper), typeof(RequiresMedicalDisclaimerAttribute)));
        Assert.False(Attribute.IsDefined(typeof(MedQaJsonLdTagHelper), typeof(RequiresMedicalDisclaimerAttribute)));
    }
}
