using System.Text.Json;
using MedQa.Rendering;
using MedQa.Samples;
using MedQa.Serialization;
using Microsoft.Playwright;

namespace MedQa.Sample.Web.Tests;

/// <summary>
/// axe-core (the npm package, injected into each page) run once over every sample page and over MedQa's whole-thread
/// markup in a bare page, with WCAG 2.2 A/AA and best-practice rules; the tests read the violations per page.
/// </summary>
public sealed class AccessibilityAudit : IAsyncLifetime
{
    /// <summary>The rule tags axe runs: WCAG 2.0/2.1/2.2 A and AA, and axe's best practices.</summary>
    public static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

    /// <summary>The sample's pages, by path: both page models, both regions, the error and status pages.</summary>
    public static readonly string[] SamplePaths =
    [
        "",
        "questions/" + SeedThread.Build().Question.Id,
        "questions/" + UkThread.Build().Question.Id,
        "blazor/questions/" + SeedThread.Build().Question.Id,
        "blazor/questions/" + UkThread.Build().Question.Id,
        "questions/no-such-question",
        "blazor/questions/no-such-question",
        InteractivePageVisit.Path,
        "Error",
        "Status/404",
    ];

    /// <summary>The bare page holding <see cref="MedQaHtmlRenderer.Render(QaThread)"/>'s markup (what &lt;medqa-thread&gt; and &lt;MedQaThread&gt; write).</summary>
    public const string ThreadMarkupPage = "medqa-thread markup";

    /// <summary>The same, for docs/samples/full-thread-v2.json: every trust fact (agreement, references, edit date, disclosure, reviewer).</summary>
    public const string TrustMarkupPage = "medqa-thread markup with the trust fields";

    private const string Origin = "http://medqa.test";

    private readonly Dictionary<string, string[]> _violations = new(StringComparer.Ordinal);
    private SampleApp? _app;

    /// <summary>The violations found on a page ("rule (impact): targets"), empty when none.</summary>
    internal IReadOnlyList<string> ViolationsOf(string page) => _violations[page];

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        if ((Chromium.MissingReason ?? NpmAssets.MissingReason) is { } reason)
        {
            if (Chromium.IsCI)
            {
                throw new InvalidOperationException(reason + " The accessibility tests need it under CI.");
            }

            return; // The tests are skipped.
        }

        var axe = await File.ReadAllTextAsync(await NpmAssets.PathOfAsync("axe-core", "axe.min.js"));
        _app = await SampleApp.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
            Timeout = 60_000,
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        foreach (var path in SamplePaths)
        {
            await page.GotoAsync(new Uri(_app.BaseAddress, path).ToString(), new() { WaitUntil = WaitUntilState.Load });
            _violations[path] = await RunAxeAsync(page, axe);
        }

        var trustThread = MedQaJson.Deserialize(await File.ReadAllTextAsync(RepositoryPaths.Combine("docs", "samples", "full-thread-v2.json")));
        var pages = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Origin + "/"] = BarePage(MedQaHtmlRenderer.Default.Render(UkThread.Build())),
            [Origin + "/trust"] = BarePage(MedQaHtmlRenderer.Default.Render(trustThread)),
        };
        await page.RouteAsync(Origin + "/**", route => route.FulfillAsync(new() { Body = pages[route.Request.Url], ContentType = "text/html; charset=utf-8" }));
        await page.GotoAsync(Origin + "/");
        _violations[ThreadMarkupPage] = await RunAxeAsync(page, axe);
        await page.GotoAsync(Origin + "/trust");
        _violations[TrustMarkupPage] = await RunAxeAsync(page, axe);
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private static string BarePage(string markup) => $"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>MedQa thread markup</title></head>
        <body><main>{markup}</main></body></html>
        """;

    /// <summary>Runs axe-core (its source in <paramref name="axe"/>) over the page with <see cref="Tags"/>; the violations found.</summary>
    internal static async Task<string[]> RunAxeAsync(IPage page, string axe)
    {
        await page.AddScriptTagAsync(new() { Content = axe });
        var json = await page.EvaluateAsync<string>(
            """
            async tags => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
              return JSON.stringify(result.violations.map(v => ({ id: v.id, impact: v.impact, targets: v.nodes.map(n => n.target.join(' ')) })));
            }
            """,
            Tags);
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(violation =>
            $"{violation.GetProperty("id").GetString()} ({violation.GetProperty("impact")}): "
            + string.Join(", ", violation.GetProperty("targets").EnumerateArray().Select(target => target.GetString())))];
    }
}
