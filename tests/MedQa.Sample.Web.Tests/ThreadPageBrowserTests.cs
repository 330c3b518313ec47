using System.Text.Json;
using MedQa.Samples;

namespace MedQa.Sample.Web.Tests;

/// <summary>The seed thread's page as a visitor sees it in headless Chromium.</summary>
public sealed class ThreadPageBrowserTests(ThreadPageVisit visit) : IClassFixture<ThreadPageVisit>
{
    private static readonly QaThread Seed = SeedThread.Build();

    [ChromiumFact]
    public void ThreadPage_InChromium_Returns200WithTheQuestionAsTitle()
    {
        Assert.Equal(200, visit.Status);
        Assert.StartsWith(SeedThread.Title, visit.Title, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public void ThreadPage_InChromium_ShowsTheQuestion()
    {
        Assert.Contains(SeedThread.Title, visit.BodyText, StringComparison.Ordinal);
        Assert.Contains("When blood clots occur from sclerotherapy, how serious are they?", visit.BodyText, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public void ThreadPage_InChromium_ShowsFourAnswersRankedByHelpfulness()
    {
        var ranked = Seed.RankedAnswers(AnswerOrder.Helpfulness).Select(answer => "answer-" + answer.Id);

        Assert.Equal(ranked, visit.AnswerIds);
    }

    [ChromiumFact]
    public void ThreadPage_InChromium_ShowsThePhysicianLines()
    {
        string[] lines =
        [
            "Mitchel P. Goldman, MD", "San Diego Dermatologic Surgeon", "4.9 out of 5 stars 26 reviews",
            "Samir Shureih, MD", "Baltimore Plastic Surgeon", "Naples General Surgeon",
        ];

        Assert.All(lines, line => Assert.Contains(line, visit.BodyText, StringComparison.Ordinal));
    }

    [ChromiumFact]
    public void ThreadPage_InChromium_ShowsAVoteDisplayOnEachAnswer()
    {
        Assert.Equal(4, visit.AnswerTexts.Count);
        Assert.All(visit.AnswerTexts, text => Assert.Contains("+1", text, StringComparison.Ordinal));
    }

    [ChromiumFact]
    public void ThreadPage_InChromium_ShowsTheDisclaimerOnScreen()
    {
        var box = visit.DisclaimerBox;
        var viewport = visit.Viewport;

        Assert.True(visit.DisclaimerVisible, "The disclaimer is hidden.");
        Assert.NotNull(box);
        Assert.NotNull(viewport);
        Assert.True(box.Width > 100 && box.Height > 20, $"The disclaimer's box is {box.Width}x{box.Height}.");
        Assert.True(box.X >= 0 && box.X + box.Width <= viewport.Width, $"The disclaimer is off screen horizontally: x={box.X}.");
        Assert.True(box.Y >= 0 && box.Y < viewport.Height, $"The disclaimer starts below the first screen: y={box.Y}.");
        Assert.Equal("1", visit.DisclaimerOpacity);
        Assert.True(visit.DisclaimerOnTop, "Something covers the disclaimer.");
        Assert.Contains(Seed.Disclaimer.EducationalStatement, visit.DisclaimerText, StringComparison.Ordinal);
        Assert.Contains(Seed.Disclaimer.EmergencyStatement, visit.DisclaimerText, StringComparison.Ordinal);
        Assert.Contains(Seed.Disclaimer.NoRelationshipStatement, visit.DisclaimerText, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public void ThreadPage_OnAPhone_ShowsTheDisclaimerFirstOnScreen()
    {
        var disclaimer = visit.PhoneDisclaimerBox;
        var answer = visit.PhoneFirstAnswerBox;
        var viewport = visit.PhoneViewport;

        Assert.NotNull(disclaimer);
        Assert.NotNull(answer);
        Assert.NotNull(viewport);
        Assert.True(disclaimer.Width > 100 && disclaimer.Height > 20, $"The disclaimer's box is {disclaimer.Width}x{disclaimer.Height}.");
        Assert.True(disclaimer.X >= 0 && disclaimer.X + disclaimer.Width <= viewport.Width, $"The disclaimer is off screen horizontally: x={disclaimer.X}.");
        Assert.True(disclaimer.Y + disclaimer.Height <= viewport.Height, $"The disclaimer does not fit the first screen: y={disclaimer.Y}, height={disclaimer.Height}.");
        Assert.True(disclaimer.Y < answer.Y, "The disclaimer comes after the first answer.");
    }

    [ChromiumFact]
    public void ThreadPage_InChromium_HasParseableJsonLdForTheQuestion()
    {
        var script = Assert.Single(visit.JsonLd);
        using var document = JsonDocument.Parse(script);
        var root = document.RootElement;
        var question = root.GetProperty("mainEntity");

        Assert.Contains("QAPage", root.GetProperty("@type").ToString(), StringComparison.Ordinal);
        Assert.Equal("Question", question.GetProperty("@type").GetString());
        Assert.Equal(SeedThread.Title, question.GetProperty("name").GetString());
        Assert.Equal(4, question.GetProperty("answerCount").GetInt32());
        Assert.Equal(4, question.GetProperty("suggestedAnswer").GetArrayLength());
    }

    [ChromiumFact]
    public void ThreadPage_InChromium_LogsNoErrors()
        => Assert.Empty(visit.ConsoleErrors);

    [ChromiumFact]
    public void ThreadPage_InChromium_SavesAScreenshot()
    {
        var screenshot = new FileInfo(ThreadPageVisit.ScreenshotPath);

        Assert.True(screenshot.Exists, $"No screenshot at {screenshot.FullName}.");
        Assert.True(screenshot.Length > 10_000, $"The screenshot is only {screenshot.Length} bytes.");
    }
}
