using MedQa.Samples;
using Microsoft.Playwright;

namespace MedQa.Sample.Web.Tests;

/// <summary>
/// The interactive page (<c>/blazor/interactive</c>, InteractiveServer) in headless Chromium: its prerendered HTML, the
/// page once the circuit has started (a marker only the interactive renderer writes), then a switch to the UK thread
/// and back to the seed thread by its buttons, with what each state shows and axe-core's violations after the switches.
/// </summary>
public sealed class InteractivePageVisit : IAsyncLifetime
{
    /// <summary>The page's path.</summary>
    public const string Path = "blazor/interactive";

    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    private SampleApp? _app;

    /// <summary>The first response's HTML (prerendered, before any script ran).</summary>
    internal string PrerenderedHtml { get; private set; } = "";

    /// <summary>The circuit marker once the page is live ("live").</summary>
    internal string CircuitState { get; private set; } = "";

    /// <summary>Each state after a click: the question's title, the disclaimers' text and how many there are, the answers' ids.</summary>
    internal IReadOnlyList<(string Title, string Disclaimers, int DisclaimerCount, string[] AnswerIds)> States { get; private set; } = [];

    /// <summary>axe-core's violations on the page after the switches.</summary>
    internal IReadOnlyList<string> Violations { get; private set; } = [];

    /// <summary>Errors the page's scripts logged (a circuit that failed to start logs one).</summary>
    internal IReadOnlyList<string> ConsoleErrors { get; private set; } = [];

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        if ((Chromium.MissingReason ?? NpmAssets.MissingReason) is { } reason)
        {
            if (Chromium.IsCI)
            {
                throw new InvalidOperationException(reason + " The interactive page's browser test needs it under CI.");
            }

            return; // The tests are skipped.
        }

        var axe = await File.ReadAllTextAsync(await NpmAssets.PathOfAsync("axe-core", "axe.min.js"));
        _app = await SampleApp.StartAsync();
        PrerenderedHtml = await _app.Client.GetStringAsync(Path);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
            Timeout = 60_000,
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        page.SetDefaultTimeout((float)Wait.TotalMilliseconds);
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => consoleErrors.Add(error);

        await page.GotoAsync(new Uri(_app.BaseAddress, Path).ToString(), new() { WaitUntil = WaitUntilState.Load });
        await page.WaitForSelectorAsync("[data-circuit=live]");
        CircuitState = await page.Locator("#circuit-status").GetAttributeAsync("data-circuit") ?? "";

        var states = new List<(string, string, int, string[])>();
        foreach (var thread in new[] { SeedThread.Build(), UkThread.Build(), SeedThread.Build() })
        {
            await page.GetByRole(AriaRole.Button, new() { Name = thread.Question.Title, Exact = true }).ClickAsync();
            await page.WaitForFunctionAsync(
                "title => document.querySelector('h1.medqa-question-title')?.textContent === title",
                thread.Question.Title);
            // The disclaimer follows through the circuit's MedQaRequestContext: wait for this thread's emergency statement.
            await page.WaitForFunctionAsync(
                "text => [...document.querySelectorAll('[data-medqa=disclaimer]')].map(d => d.textContent).join(' ').includes(text)",
                thread.Disclaimer.EmergencyStatement);
            var disclaimers = page.Locator("[data-medqa=disclaimer]");
            states.Add((
                await page.Locator("h1.medqa-question-title").InnerTextAsync(),
                string.Join('\n', await disclaimers.AllInnerTextsAsync()),
                await disclaimers.CountAsync(),
                await page.Locator("main article").EvaluateAllAsync<string[]>("articles => articles.map(a => a.id)")));
        }

        States = states;
        Violations = await AccessibilityAudit.RunAxeAsync(page, axe);
        ConsoleErrors = consoleErrors;
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
