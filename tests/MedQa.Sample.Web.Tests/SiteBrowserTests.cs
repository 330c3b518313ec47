using System.Text.RegularExpressions;
using MedQa.Samples;
using Microsoft.Playwright;

namespace MedQa.Sample.Web.Tests;

/// <summary>
/// The site in headless Chromium: ask → answer → moderate → publish → vote → the ranking changes, and every form's
/// hostile or bad input stays inert text with a clear error.
/// </summary>
public sealed class SiteBrowserTests(SiteBrowserFixture site) : IClassFixture<SiteBrowserFixture>
{
    private const string Hostile = "<script>alert('xss')</script><img src=x onerror=alert(1)>{{constructor.constructor('alert(2)')()}}";

    [ChromiumFact]
    public async Task AskAnswerModeratePublishVote_InChromium_PublishesTheAnswerAndVotesReorderTheAnswers()
    {
        var dialogs = new List<string>();

        // A patient asks, with markup in every field.
        var patient = await site.NewVisitorAsync(dialogs);
        await SiteBrowserFixture.SignInAsync(patient, "patient", "patient-demo");
        await patient.GotoAsync("questions/ask");
        await patient.FillAsync("#Form_Title", "Can a clot travel? " + Hostile[..60]);
        await patient.FillAsync("#Form_Body", Hostile);
        await patient.FillAsync("#Form_Topic", "<b>Veins</b>");
        await patient.ClickAsync("form.ask-form button[type=submit]");
        await SiteBrowserFixture.WaitForAddressAsync(patient, new Regex("/questions/can-a-clot-travel-"));
        var questionUrl = patient.Url;
        Assert.Contains("<script>alert('xss')</script>", await patient.Locator("main h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await patient.Locator("main img").CountAsync());

        // A physician answers; the answer waits for review.
        var physician = await site.NewVisitorAsync(dialogs);
        await SiteBrowserFixture.SignInAsync(physician, "physician", "physician-demo");
        await physician.GotoAsync(questionUrl);
        await physician.FillAsync("#Form_Headline", "Rarely");
        await physician.FillAsync("#Form_Body", "Rarely, and only from deep veins. " + Hostile);
        await physician.ClickAsync(".answer-form button[type=submit]");
        await physician.Locator(".notice").WaitForAsync();
        Assert.Contains("waiting for a moderator", await physician.Locator(".notice").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await physician.Locator("main article").CountAsync());

        // A moderator publishes it from the queue.
        var moderator = await site.NewVisitorAsync(dialogs);
        await SiteBrowserFixture.SignInAsync(moderator, "moderator", "moderator-demo");
        await moderator.GotoAsync("moderation");
        var item = moderator.Locator(".queue-item", new() { HasText = "Rarely, and only from deep veins." });
        Assert.Contains("<script>alert('xss')</script>", await item.Locator(".queue-body").InnerTextAsync(), StringComparison.Ordinal);
        await item.Locator(".publish-form button").ClickAsync();
        await moderator.Locator(".notice").WaitForAsync();

        await patient.GotoAsync(questionUrl);
        Assert.Equal(1, await patient.Locator("main article").CountAsync());
        Assert.Contains("Rarely, and only from deep veins.", await patient.Locator("main article").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await patient.Locator("main article img").CountAsync());
        Assert.Contains("Dana Demo, MD", await patient.Locator("main article").InnerTextAsync(), StringComparison.Ordinal);

        // Votes on the seed thread move its last-ranked answer to the top.
        var seedPath = "questions/" + SeedThread.Build().Question.Id;
        await patient.GotoAsync(seedPath);
        var before = await ArticleIdsAsync(patient);
        var last = before[^1]["answer-".Length..];
        await patient.Locator($".vote-item[data-answer-id='{last}'] button[value=Up]").ClickAsync();
        await patient.Locator(".notice").WaitForAsync();
        Assert.Equal("true", await patient.Locator($".vote-item[data-answer-id='{last}'] button[value=Up]").GetAttributeAsync("aria-pressed"));
        var after = await ArticleIdsAsync(patient);
        Assert.Equal("answer-" + last, after[0]);
        Assert.NotEqual(before, after);

        // The physician votes too; a retraction by the patient leaves one vote.
        await physician.GotoAsync(seedPath);
        await physician.Locator($".vote-item[data-answer-id='{last}'] button[value=Up]").ClickAsync();
        await physician.Locator(".notice").WaitForAsync();
        await patient.GotoAsync(seedPath);
        await patient.Locator($".vote-item[data-answer-id='{last}'] button[value=Retract]").ClickAsync();
        await patient.Locator(".notice").WaitForAsync();
        Assert.Contains("(1 helpful, 0 unhelpful)", await patient.Locator($".vote-item[data-answer-id='{last}']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(dialogs);
    }

    [ChromiumFact]
    public async Task Forms_BadInputInChromium_ShowClearErrorsAndNoScriptRuns()
    {
        var dialogs = new List<string>();
        var visitor = await site.NewVisitorAsync(dialogs);

        // Sign-in: a wrong password, and markup as a user name.
        await visitor.GotoAsync("account/sign-in");
        await visitor.FillAsync("#Form_UserName", Hostile[..60]);
        await visitor.FillAsync("#Form_Password", "wrong");
        await visitor.ClickAsync("form.sign-in-form button[type=submit]");
        Assert.Contains("The user name or the password is wrong.", await visitor.Locator(".form-errors").InnerTextAsync(), StringComparison.Ordinal);

        await SiteBrowserFixture.SignInAsync(visitor, "moderator", "moderator-demo");

        // Ask: blank, too long (past the field's maxlength, as a script could send), markup only.
        await visitor.GotoAsync("questions/ask");
        await visitor.FillAsync("#Form_Title", "   ");
        await visitor.ClickAsync("form.ask-form button[type=submit]");
        Assert.Contains("Write your question.", await visitor.Locator(".form-errors").InnerTextAsync(), StringComparison.Ordinal);

        await visitor.EvalOnSelectorAsync("#Form_Title", "e => e.removeAttribute('maxlength')");
        await visitor.FillAsync("#Form_Title", new string('x', 201));
        await visitor.ClickAsync("form.ask-form button[type=submit]");
        Assert.Contains("at most 200 characters", await visitor.Locator(".form-errors").InnerTextAsync(), StringComparison.Ordinal);

        // Hide with a blank reason (past the field's required attribute).
        await visitor.GotoAsync("questions/" + SeedThread.Build().Question.Id);
        var physician = await site.NewVisitorAsync(dialogs);
        await SiteBrowserFixture.SignInAsync(physician, "physician", "physician-demo");
        await physician.GotoAsync("questions/" + SeedThread.Build().Question.Id);
        await physician.FillAsync("#Form_Body", "Pending answer for the hide test.");
        await physician.ClickAsync(".answer-form button[type=submit]");
        await physician.Locator(".notice").WaitForAsync();

        // The answer form: empty body.
        await physician.FillAsync("#Form_Body", "");
        await physician.ClickAsync(".answer-form button[type=submit]");
        Assert.Contains("Write your answer before posting it.", await physician.Locator(".form-errors").InnerTextAsync(), StringComparison.Ordinal);

        await visitor.GotoAsync("moderation");
        var item = visitor.Locator(".queue-item", new() { HasText = "Pending answer for the hide test." });
        await item.Locator(".hide-form input[name=reason]").EvaluateAsync("e => e.removeAttribute('required')");
        await item.Locator(".hide-form button").ClickAsync();
        Assert.Contains("A reason is required", await visitor.Locator(".form-errors").InnerTextAsync(), StringComparison.Ordinal);

        item = visitor.Locator(".queue-item", new() { HasText = "Pending answer for the hide test." });
        await item.Locator(".hide-form input[name=reason]").FillAsync(Hostile[..40]);
        await item.Locator(".hide-form button").ClickAsync();
        await visitor.Locator(".notice").WaitForAsync();
        Assert.Equal(0, await visitor.Locator(".queue-item", new() { HasText = "Pending answer for the hide test." }).CountAsync());
        Assert.Empty(dialogs);
    }

    private static async Task<string[]> ArticleIdsAsync(IPage page)
        => await page.Locator("main article").EvaluateAllAsync<string[]>("articles => articles.map(a => a.id)");
}
