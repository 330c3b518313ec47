using MedQa.Rendering;
using Microsoft.Playwright;

namespace MedQa.Sample.Web.Tests;

/// <summary>
/// Issue 9, point 10: a host page that bootstraps AngularJS 1.8 (the npm package <c>angular</c>) over MedQa's HTML must
/// not evaluate <c>{{…}}</c> written in a question or an answer: the rendered thread shows <c>{{7*7}}</c>, not 49.
/// </summary>
public sealed class ClientTemplateBrowserTests
{
    private const string Origin = "http://medqa.test";

    private static readonly QaThread Thread = new(
        new Question("angular-probe", "Is {{7*7}} safe?", body: "Asking {{7*7}}"),
        [new Answer("a-1", "It is {{7*7}}. {{constructor.constructor('document.title=\"pwned\"')()}}", headline: "Headline {{7*7}}")],
        MedicalDisclaimer.Standard);

    /// <summary>What the visitor sees of the page's probe (outside MedQa's markup) and of the thread.</summary>
    private sealed record Seen(string Probe, string Thread, string Title);

    private static async Task<Seen> ShowOnAngularPageAsync(RenderOptions options)
    {
        if (Chromium.MissingReason is { } reason)
        {
            throw new InvalidOperationException(reason + " The browser test needs it under CI.");
        }

        var angular = await NpmAssets.PathOfAsync("angular", "angular.min.js");
        var html = $$"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>host page</title></head>
            <body ng-app>
            <p id="probe">{{6*7}}</p>
            {{new MedQaHtmlRenderer(options).Render(Thread)}}
            <script src="{{Origin}}/angular.min.js"></script>
            </body></html>
            """;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
            Timeout = 60_000,
        });
        var page = await browser.NewPageAsync();

        // Served by the test itself: the machine's network is closed and the page needs nothing else.
        await page.RouteAsync(Origin + "/**", route => route.Request.Url.EndsWith("/angular.min.js", StringComparison.Ordinal)
            ? route.FulfillAsync(new() { Path = angular, ContentType = "text/javascript" })
            : route.FulfillAsync(new() { Body = html, ContentType = "text/html; charset=utf-8" }));
        await page.GotoAsync(Origin + "/");

        // AngularJS ran once the page's own expression is evaluated; only then does the thread's text tell anything.
        await page.WaitForFunctionAsync("document.getElementById('probe').textContent === '42'", null, new() { Timeout = 15_000 });
        return new Seen(
            await page.InnerTextAsync("#probe"),
            await page.InnerTextAsync(".medqa-thread"),
            await page.TitleAsync());
    }

    [NpmChromiumFact]
    public async Task RenderedThread_OnAnAngularJsPage_ShowsTemplatesLiterally()
    {
        var seen = await ShowOnAngularPageAsync(RenderOptions.Default);

        Assert.Equal("42", seen.Probe);
        Assert.Contains("Is {{7*7}} safe?", seen.Thread, StringComparison.Ordinal);
        Assert.Contains("It is {{7*7}}.", seen.Thread, StringComparison.Ordinal);
        Assert.Contains("Headline {{7*7}}", seen.Thread, StringComparison.Ordinal);
        Assert.DoesNotContain("49", seen.Thread, StringComparison.Ordinal);
        Assert.Equal("host page", seen.Title);
    }

    [NpmChromiumFact]
    public async Task RenderedThread_PreventClientTemplatesOff_IsEvaluatedByAngularJs()
    {
        // The control: without ng-non-bindable the same page evaluates the data, so the test above can fail.
        var seen = await ShowOnAngularPageAsync(new RenderOptions { PreventClientTemplates = false });

        Assert.Contains("Is 49 safe?", seen.Thread, StringComparison.Ordinal);
        Assert.Equal("pwned", seen.Title);
    }
}
