using System.Text.RegularExpressions;
using MedQa.Rendering;

namespace MedQa.Tests.Rendering;

/// <summary>
/// Issue 9, point 10: by default the root element of every HTML fragment tells AngularJS and Vue not to evaluate its
/// content, so "{{…}}" written in data stays text on a host page that runs such an engine (the browser test in
/// MedQa.Sample.Web.Tests proves it with AngularJS 1.8).
/// </summary>
public class ClientTemplateTests
{
    private static readonly QaThread Thread = RenderFixtures.Thread(field => field + " {{constructor.constructor('alert(1)')()}}");

    public static TheoryData<string> Fragments() => new() { "thread", "answers", "disclaimer", "thread content", "answers content", "disclaimer content" };

    private static string Render(MedQaHtmlRenderer renderer, string fragment)
    {
        using var writer = new StringWriter();
        switch (fragment)
        {
            case "thread": return renderer.Render(Thread);
            case "answers": return renderer.RenderAnswers(Thread);
            case "disclaimer": return renderer.RenderDisclaimer(Thread.Disclaimer);
            case "thread content": renderer.RenderContent(Thread).WriteTo(writer, renderer.Options.Encoder); break;
            case "answers content": renderer.RenderAnswersContent(Thread).WriteTo(writer, renderer.Options.Encoder); break;
            default: renderer.RenderDisclaimerContent(Thread.Disclaimer).WriteTo(writer, renderer.Options.Encoder); break;
        }

        return writer.ToString();
    }

    private static string RootTag(string html) => Regex.Match(html, "^<[^>]*>").Value;

    [Theory]
    [MemberData(nameof(Fragments))]
    public void Render_ByDefault_RootElementIsNonBindableForAngularJsAndVue(string fragment)
    {
        var root = RootTag(Render(MedQaHtmlRenderer.Default, fragment));

        Assert.Contains(" ng-non-bindable", root, StringComparison.Ordinal);
        Assert.Contains(" v-pre", root, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Fragments))]
    public void Render_PreventClientTemplatesOff_WritesNeitherAttribute(string fragment)
    {
        var html = Render(new MedQaHtmlRenderer(new RenderOptions { PreventClientTemplates = false }), fragment);

        Assert.DoesNotContain("ng-non-bindable", html, StringComparison.Ordinal);
        Assert.DoesNotContain("v-pre", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Thread_MarksOnlyItsRoot()
    {
        var html = MedQaHtmlRenderer.Default.Render(Thread);

        Assert.Equal(1, Regex.Count(html, "ng-non-bindable"));
        Assert.Contains("{{constructor.constructor(&#x27;alert(1)&#x27;)()}}", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderOptions_Default_PreventsClientTemplates() => Assert.True(RenderOptions.Default.PreventClientTemplates);
}
