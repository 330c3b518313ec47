using System.Net;
using MedQa.Samples;
using MedQa.Serialization;

namespace MedQa.Sample.Web.Tests;

/// <summary>
/// The layout's disclaimer is the disclaimer of the thread the page showed, in Razor Pages and in Blazor: the UK
/// thread's pages name 999 and never 911; pages that show no thread get the default (911).
/// </summary>
public sealed class RegionalDisclaimerHttpTests(SampleAppFixture fixture) : IClassFixture<SampleAppFixture>
{
    private static readonly QaThread Uk = UkThread.Build();
    private static readonly QaThread Seed = SeedThread.Build();

    private HttpClient Client => fixture.App.Client;

    [Theory]
    [InlineData("questions/")]
    [InlineData("blazor/questions/")]
    public async Task ThreadPage_UkThread_ShowsItsDisclaimerOnceWith999AndNever911(string prefix)
    {
        using var response = await Client.GetAsync(prefix + Uk.Question.Id);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(UkThread.Title, html, StringComparison.Ordinal);
        Assert.Equal(1, Count(html, "please call 999."));
        Assert.DoesNotContain("911", html, StringComparison.Ordinal);
        Assert.Equal(1, Count(html, "class=\"medqa-disclaimer\""));
    }

    [Theory]
    [InlineData("questions/")]
    [InlineData("blazor/questions/")]
    public async Task ThreadPage_SeedThread_ShowsTheAnswersInRankedOrderAndThe911Disclaimer(string prefix)
    {
        var html = await Client.GetStringAsync(prefix + Seed.Question.Id);
        var positions = Seed.RankedAnswers(AnswerOrder.Helpfulness)
            .Select(answer => html.IndexOf($"id=\"answer-{answer.Id}\"", StringComparison.Ordinal))
            .ToArray();

        Assert.All(positions, position => Assert.True(position > 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Equal(1, Count(html, "please call 911."));
        Assert.DoesNotContain("999", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HomePage_NoThread_ShowsTheDefaultDisclaimer()
    {
        var html = await Client.GetStringAsync("");

        Assert.Equal(1, Count(html, MedicalDisclaimer.Standard.EmergencyStatement));
    }

    [Fact]
    public async Task BlazorThreadPage_UnknownSlug_Returns404()
    {
        using var response = await Client.GetAsync("blazor/questions/no-such-question");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("questions/")]
    [InlineData("blazor/questions/")]
    public async Task ThreadPage_Always_WritesNoMarkupFromTheData(string prefix)
    {
        // The tag helpers and components write the renderer's encoded markup, never the thread's text as HTML.
        var html = await Client.GetStringAsync(prefix + Uk.Question.Id);

        Assert.DoesNotContain("<medqa-", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<MedQa", html, StringComparison.Ordinal);
    }

    [Fact]
    public void UkDataFile_Always_IsTheSharedUkThread()
    {
        var file = File.ReadAllText(Path.Combine(SampleApp.ProjectDirectory, "Data", "uk-thread.json"));

        Assert.Equal(Uk, MedQaJson.Deserialize(file));
    }

    private static int Count(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
