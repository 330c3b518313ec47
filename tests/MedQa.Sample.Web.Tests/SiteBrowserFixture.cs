using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MedQa.Sample.Web.Tests;

/// <summary>The site in Development (demo accounts) and one headless Chromium, shared by a test class.</summary>
public sealed class SiteBrowserFixture : IAsyncLifetime
{
    private SampleApp? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    internal SampleApp App => _app ?? throw new InvalidOperationException("The sample has not started.");

    /// <summary>A new visitor: its own cookies; any script dialog (alert, confirm) is recorded in <paramref name="dialogs"/> and dismissed.</summary>
    internal async Task<IPage> NewVisitorAsync(List<string> dialogs)
    {
        var context = await (_browser ?? throw new InvalidOperationException("No browser.")).NewContextAsync(new() { BaseURL = App.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.Dialog += async (_, dialog) =>
        {
            lock (dialogs)
            {
                dialogs.Add(dialog.Message);
            }

            await dialog.DismissAsync();
        };
        return page;
    }

    /// <summary>Signs in through the form.</summary>
    internal static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("account/sign-in");
        await page.FillAsync("#Form_UserName", userName);
        await page.FillAsync("#Form_Password", password);
        await page.ClickAsync("form.sign-in-form button[type=submit]");
        await WaitForAddressAsync(page, new Regex("^(?!.*/account/sign-in)"));
        await page.Locator("form.sign-out-form").WaitForAsync();
    }

    /// <summary>Waits until the page's address matches <paramref name="address"/>.</summary>
    /// <remarks>
    /// Not <c>WaitForURLAsync</c>: its check-then-subscribe can lose the navigation or load event it waits for
    /// (microsoft/playwright-dotnet#3364; seen here as a 30 s timeout after sign-in with "NetworkIdle event fired"),
    /// whereas the URL assertion polls the page's address until it matches.
    /// </remarks>
    internal static Task WaitForAddressAsync(IPage page, Regex address) =>
        Assertions.Expect(page).ToHaveURLAsync(address, new() { Timeout = 30_000 });

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        if (Chromium.MissingReason is { } reason)
        {
            if (Chromium.IsCI)
            {
                throw new InvalidOperationException(reason + " The browser tests need it under CI.");
            }

            return; // The tests are skipped.
        }

        _app = await SampleApp.StartAsync(environment: "Development", settings:
            ["--MedQa:RateLimits:SignInsPerMinute=10000", "--MedQa:RateLimits:PostsPerMinute=10000", "--MedQa:RateLimits:VotesPerMinute=10000"]);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium.ExecutablePath, Headless = true, Args = Chromium.Arguments, Timeout = 60_000 });
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
