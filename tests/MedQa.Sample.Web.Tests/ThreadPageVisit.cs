using MedQa.Samples;
using Microsoft.Playwright;

namespace MedQa.Sample.Web.Tests;

/// <summary>
/// One visit to the seed thread's page in headless Chromium: what the visitor sees is read once, a full-page
/// screenshot is saved to <c>artifacts/screenshots/seed-thread.png</c>, and the tests assert on it.
/// </summary>
public sealed class ThreadPageVisit : IAsyncLifetime
{
    /// <summary>The seed thread's slug.</summary>
    public static readonly string Slug = SeedThread.Build().Question.Id;

    /// <summary>The screenshot of the page.</summary>
    public static readonly string ScreenshotPath = RepositoryPaths.Combine("artifacts", "screenshots", "seed-thread.png");

    /// <summary>The screenshot of the page on a phone-sized screen.</summary>
    public static readonly string PhoneScreenshotPath = RepositoryPaths.Combine("artifacts", "screenshots", "seed-thread-phone.png");

    private SampleApp? _app;

    internal int Status { get; private set; }

    internal string Title { get; private set; } = "";

    internal string BodyText { get; private set; } = "";

    internal IReadOnlyList<string> AnswerIds { get; private set; } = [];

    internal IReadOnlyList<string> AnswerTexts { get; private set; } = [];

    internal bool DisclaimerVisible { get; private set; }

    internal LocatorBoundingBoxResult? DisclaimerBox { get; private set; }

    internal string DisclaimerText { get; private set; } = "";

    internal string DisclaimerOpacity { get; private set; } = "";

    internal bool DisclaimerOnTop { get; private set; }

    internal PageViewportSizeResult? Viewport { get; private set; }

    internal IReadOnlyList<string> JsonLd { get; private set; } = [];

    internal LocatorBoundingBoxResult? PhoneDisclaimerBox { get; private set; }

    internal LocatorBoundingBoxResult? PhoneFirstAnswerBox { get; private set; }

    internal PageViewportSizeResult? PhoneViewport { get; private set; }

    internal IReadOnlyList<string> ConsoleErrors { get; private set; } = [];

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        if (Chromium.MissingReason is { } reason)
        {
            if (Chromium.IsCI)
            {
                throw new InvalidOperationException(reason + " The browser test needs it under CI.");
            }

            return; // The tests are skipped.
        }

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
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => consoleErrors.Add(error);

        var response = await page.GotoAsync(new Uri(_app.BaseAddress, "questions/" + Slug).ToString(), new() { WaitUntil = WaitUntilState.Load });
        Status = response?.Status ?? 0;
        Title = await page.TitleAsync();
        BodyText = await page.Locator("body").InnerTextAsync();
        var answers = page.Locator("main article");
        AnswerTexts = await answers.AllInnerTextsAsync();
        AnswerIds = await answers.EvaluateAllAsync<string[]>("articles => articles.map(a => a.id)");

        var disclaimer = page.Locator("#medical-disclaimer");
        DisclaimerVisible = await disclaimer.IsVisibleAsync();
        DisclaimerBox = await disclaimer.BoundingBoxAsync();
        DisclaimerText = await disclaimer.InnerTextAsync();
        DisclaimerOpacity = await disclaimer.EvaluateAsync<string>("e => getComputedStyle(e).opacity");
        // Nothing covers it: the element at its center is the disclaimer or inside it.
        DisclaimerOnTop = await disclaimer.EvaluateAsync<bool>(
            "e => { const r = e.getBoundingClientRect(); const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2); return top !== null && e.contains(top); }");
        Viewport = page.ViewportSize;
        JsonLd = await page.Locator("head script[type='application/ld+json']").AllTextContentsAsync();
        ConsoleErrors = consoleErrors;

        Directory.CreateDirectory(Path.GetDirectoryName(ScreenshotPath)!);
        await page.ScreenshotAsync(new() { Path = ScreenshotPath, FullPage = true });

        // On a phone the layout is one column: the disclaimer must come before the answers, on the first screen.
        var phone = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        await phone.GotoAsync(new Uri(_app.BaseAddress, "questions/" + Slug).ToString(), new() { WaitUntil = WaitUntilState.Load });
        PhoneViewport = phone.ViewportSize;
        PhoneDisclaimerBox = await phone.Locator("#medical-disclaimer").BoundingBoxAsync();
        PhoneFirstAnswerBox = await phone.Locator("main article").First.BoundingBoxAsync();
        await phone.ScreenshotAsync(new() { Path = PhoneScreenshotPath, FullPage = false });
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
