using System.Net;
using System.Text.RegularExpressions;
using MedQa.Samples;

namespace MedQa.Sample.Web.Tests;

/// <summary>
/// The site's votes are decided by MedQa's rules at the site's clock, and the page says what they decided: the lock
/// 5 minutes after casting, its reopening by an edit, the refusal of a vote on one's own answer, and the cap of 30
/// answer votes per UTC day with a same-day retraction refunded. In process, with a clock the test moves.
/// </summary>
public sealed class VoteRulesHttpTests
{
    private static readonly string Slug = SeedThread.Build().Question.Id;
    private static readonly string ThreadPath = "questions/" + Slug;

    [Fact]
    public async Task Vote_ChangedMoreThanFiveMinutesAfterCasting_IsLockedAndThePageSaysWhy()
    {
        await using var site = new ClockedSite();
        using var patient = await SignedInAsync(site, "patient", "patient-demo");
        Assert.Contains("Thank you: your vote is counted.", await VoteAsync(patient, "samir-shureih", "Up"), StringComparison.Ordinal);

        site.Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Contains("Your vote is changed.", await VoteAsync(patient, "samir-shureih", "Down"), StringComparison.Ordinal);

        site.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        var html = await VoteAsync(patient, "samir-shureih", "Up");
        Assert.Contains("Your vote is locked: a vote can be changed or retracted for 5 minutes after it is cast, and again once the answer is edited.", html, StringComparison.Ordinal);
        Assert.Contains("aria-pressed=\"true\">Unhelpful", html, StringComparison.Ordinal);
        Assert.Contains("class=\"vote-locked\"", html, StringComparison.Ordinal);
        Assert.Contains("Your vote is locked", await VoteAsync(patient, "samir-shureih", "Retract"), StringComparison.Ordinal);
        Assert.Contains("aria-pressed=\"true\">Unhelpful", (await patient.GetAsync(ThreadPath)).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vote_LockedThenTheAuthorEditsTheAnswer_CanBeChangedAgain()
    {
        await using var site = new ClockedSite();
        var answerId = await PublishDemoPhysicianAnswerAsync(site);
        using var patient = await SignedInAsync(site, "patient", "patient-demo");
        await VoteAsync(patient, answerId, "Up");
        site.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Contains("Your vote is locked", await VoteAsync(patient, answerId, "Down"), StringComparison.Ordinal);

        using var physician = await SignedInAsync(site, "physician", "physician-demo");
        using (var edited = await physician.PostAsync(ThreadPath + "?handler=Edit", await physician.TokenAsync(ThreadPath), ("answerId", answerId), ("Form.Body", "Edited: compression helps too.")))
        {
            Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        }

        var physicianPage = (await physician.GetAsync(ThreadPath)).Html;
        Assert.Contains("Your answer is edited; votes cast on it before now can be changed again.", physicianPage, StringComparison.Ordinal);
        Assert.Contains("Edited: compression helps too.", physicianPage, StringComparison.Ordinal);

        site.Clock.Advance(TimeSpan.FromMinutes(1));
        var html = await VoteAsync(patient, answerId, "Down");
        Assert.Contains("Your vote is changed.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"vote-locked\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vote_OnOwnAnswer_IsRefusedWithAMessageAndOffersNoVoteButtons()
    {
        await using var site = new ClockedSite();
        var answerId = await PublishDemoPhysicianAnswerAsync(site);
        using var physician = await SignedInAsync(site, "physician", "physician-demo");
        var page = (await physician.GetAsync(ThreadPath)).Html;
        var ownRow = VoteItem(page, answerId);
        Assert.Contains("Your answer: you cannot vote on it.", ownRow, StringComparison.Ordinal);
        Assert.DoesNotContain("vote-form", ownRow, StringComparison.Ordinal);
        Assert.Contains("vote-form", VoteItem(page, "samir-shureih"), StringComparison.Ordinal);

        // A forged post (the buttons are not there) gets the rules' answer.
        var html = await VoteAsync(physician, answerId, "Up");
        Assert.Contains("You cannot vote on your own answer.", html, StringComparison.Ordinal);
        Assert.Contains("(0 helpful, 0 unhelpful)", VoteItem(html, answerId), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vote_31stAnswerVoteOfTheUtcDay_IsRefusedUntilARetractionOrTheNextDay()
    {
        await using var site = new ClockedSite();
        var thread = ManyAnswers(32);
        await site.WithStoreAsync(store => store.SeedAsync(thread));
        var path = "questions/" + thread.Question.Id;
        using var patient = await SignedInAsync(site, "patient", "patient-demo");
        var token = await patient.TokenAsync(path);
        for (var i = 0; i < 30; i++)
        {
            using var response = await patient.PostAsync(path + "?handler=Vote", token, ("answerId", thread.Answers[i].Id), ("choice", "Up"));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        Assert.Contains("Thank you: your vote is counted.", (await patient.GetAsync(path)).Html, StringComparison.Ordinal);
        var refused = await VoteAsync(patient, thread.Answers[30].Id, "Up", path);
        Assert.Contains("You have cast your 30 votes for today (UTC): retracting a vote you cast today gives it back, and a new day brings new votes.", refused, StringComparison.Ordinal);
        Assert.Contains("(0 helpful, 0 unhelpful)", VoteItem(refused, thread.Answers[30].Id), StringComparison.Ordinal);

        Assert.Contains("Your vote is retracted.", await VoteAsync(patient, thread.Answers[0].Id, "Retract", path), StringComparison.Ordinal);
        Assert.Contains("Thank you: your vote is counted.", await VoteAsync(patient, thread.Answers[30].Id, "Up", path), StringComparison.Ordinal);
        Assert.Contains("You have cast your 30 votes", await VoteAsync(patient, thread.Answers[31].Id, "Up", path), StringComparison.Ordinal);

        site.Clock.Advance(TimeSpan.FromHours(14)); // 00:00 UTC, the next day
        Assert.Contains("Thank you: your vote is counted.", await VoteAsync(patient, thread.Answers[31].Id, "Up", path), StringComparison.Ordinal);
    }

    private static async Task<SiteClient> SignedInAsync(ClockedSite site, string user, string password)
    {
        var visitor = site.NewVisitor();
        Assert.True(await visitor.SignInAsync(user, password), $"{user} could not sign in");
        return visitor;
    }

    // Posts a vote and returns the page it redirects to (with the notice).
    private static async Task<string> VoteAsync(SiteClient visitor, string answerId, string choice, string? path = null)
    {
        path ??= ThreadPath;
        using (var response = await visitor.PostAsync(path + "?handler=Vote", await visitor.TokenAsync(path), ("answerId", answerId), ("choice", choice)))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        return (await visitor.GetAsync(path)).Html;
    }

    private static async Task<string> PublishDemoPhysicianAnswerAsync(ClockedSite site)
    {
        string answerId = "";
        await site.WithStoreAsync(async store =>
        {
            answerId = (await store.SubmitAnswerAsync(Slug, "dana-demo", null, "Compression stockings help after sclerotherapy.")).Id;
            await store.PublishAsync(answerId);
        });
        return answerId;
    }

    private static string VoteItem(string html, string answerId)
    {
        var match = Regex.Match(html, $"<li class=\"vote-item\" data-answer-id=\"{Regex.Escape(answerId)}\">(?<row>.*?)</li>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no vote row for {answerId}");
        return match.Groups["row"].Value;
    }

    private static QaThread ManyAnswers(int count)
    {
        var author = new Physician("many-answers-author", name: "Ann Author", credentials: [Credential.MD]);
        return new QaThread(
            new Question("many-answers", "A question with many answers?"),
            Enumerable.Range(0, count).Select(i => new Answer($"answer-{i:00}", $"Answer number {i}.", author: author)),
            MedicalDisclaimer.Standard);
    }
}
