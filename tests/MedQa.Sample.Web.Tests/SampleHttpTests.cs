using System.Net;
using MedQa.Samples;
using MedQa.Serialization;

namespace MedQa.Sample.Web.Tests;

/// <summary>The sample's other answers, over plain HTTP: the wire format, 404s, the home page.</summary>
public sealed class SampleHttpTests(SampleAppFixture fixture) : IClassFixture<SampleAppFixture>
{
    private static readonly QaThread Seed = SeedThread.Build();

    private HttpClient Client => fixture.App.Client;

    [Fact]
    public async Task JsonEndpoint_SeedSlug_ReturnsTheSeedThreadInTheWireFormat()
    {
        using var response = await Client.GetAsync($"questions/{Seed.Question.Id}.json");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Seed, MedQaJson.Deserialize(body));
    }

    [Fact]
    public async Task JsonEndpoint_UnknownSlug_Returns404ProblemJson()
    {
        using var response = await Client.GetAsync("questions/no-such-question.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("questions/no-such-question")]
    [InlineData("no/such/page")]
    public async Task UnknownAddress_Always_Returns404Page(string path)
    {
        using var response = await Client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThreadPage_Html_RendersTheDisclaimerOnceAndTheJsonLdInHead()
    {
        var html = await Client.GetStringAsync($"questions/{Seed.Question.Id}");
        var head = html[..html.IndexOf("</head>", StringComparison.Ordinal)];

        Assert.Equal(1, Count(html, Seed.Disclaimer.EducationalStatement));
        Assert.Equal(1, Count(head, "<script type=\"application/ld+json\">"));
        Assert.Equal(0, Count(html[head.Length..], "application/ld+json"));
    }

    [Fact]
    public async Task ThreadPage_SlugInOtherCase_ShowsTheThread()
    {
        using var response = await Client.GetAsync($"questions/{Seed.Question.Id.ToUpperInvariant()}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task HomePage_Always_LinksToTheSeedQuestion()
    {
        var html = await Client.GetStringAsync("");

        Assert.Contains($"href=\"/questions/{Seed.Question.Id}\"", html, StringComparison.Ordinal);
        Assert.Contains(SeedThread.Title, html, StringComparison.Ordinal);
    }

    [Fact]
    public void DataFile_Always_IsTheDocumentedSeedSample()
    {
        // The sample's data file is a checked-in copy of docs/samples/seed-thread.json: they must not drift apart.
        var sample = File.ReadAllText(Path.Combine(SampleApp.ProjectDirectory, "Data", "seed-thread.json"));
        var documented = File.ReadAllText(RepositoryPaths.Combine("docs", "samples", "seed-thread.json"));

        Assert.Equal(MedQaJson.Deserialize(documented), MedQaJson.Deserialize(sample));
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
