using System.Text.Json.Nodes;
using MedQa.Serialization;

namespace MedQa.Tests.JsonLd;

/// <summary>The profile base URL joins segments as a user expects, and a bad base is refused naming the field.</summary>
public class JsonLdOptionsTests
{
    private static readonly QaThread Thread = new(
        new Question("q", "Question?"),
        [new Answer("a", "Body", author: new Physician("jane-roe", name: "Jane Roe"))],
        MedicalDisclaimer.Standard);

    private static string? AuthorUrl(JsonLdOptions options)
        => (string?)JsonNode.Parse(SchemaOrgJsonLd.Generate(Thread, options))!["mainEntity"]!["suggestedAnswer"]![0]!["author"]!["url"];

    [Theory]
    [InlineData("https://e.com/doctors", "https://e.com/doctors/jane-roe")]
    [InlineData("https://e.com/doctors/", "https://e.com/doctors/jane-roe")]
    [InlineData("https://e.com", "https://e.com/jane-roe")]
    [InlineData("https://e.com/", "https://e.com/jane-roe")]
    [InlineData("http://e.com:8080/a/b/doctors", "http://e.com:8080/a/b/doctors/jane-roe")]
    public void PhysicianProfileBaseUrl_WithOrWithoutTrailingSlash_JoinsOneSegment(string baseUrl, string expected)
        => Assert.Equal(expected, AuthorUrl(new JsonLdOptions { PhysicianProfileBaseUrl = new Uri(baseUrl) }));

    [Fact]
    public void PhysicianProfileBaseUrl_WithoutTrailingSlash_IsStoredWithOne()
        => Assert.Equal("https://e.com/doctors/", new JsonLdOptions { PhysicianProfileBaseUrl = new Uri("https://e.com/doctors") }.PhysicianProfileBaseUrl!.AbsoluteUri);

    [Theory]
    [InlineData("https://e.com/doctors?sort=name")]
    [InlineData("https://e.com/doctors#top")]
    public void PhysicianProfileBaseUrl_QueryOrFragment_ThrowsNamingTheField(string baseUrl)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(() => new JsonLdOptions { PhysicianProfileBaseUrl = new Uri(baseUrl) });

        Assert.Equal(nameof(JsonLdOptions.PhysicianProfileBaseUrl), exception.ParamName);
        Assert.StartsWith("Physician profile base URL must have no query or fragment", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://example.com/")]
    [InlineData("/relative/path")]
    public void PhysicianProfileBaseUrl_NotHttp_MessageSaysWhatIsAllowed(string url)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(() => new JsonLdOptions { PhysicianProfileBaseUrl = new Uri(url, UriKind.RelativeOrAbsolute) });

        Assert.Equal($"Physician profile base URL must be an absolute http or https URL, such as https://example.com/doctors/; got \"{url}\".", exception.Message);
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    public void PhysicianProfileBaseUrl_DotSegmentId_GetsNoUrl(string id)
    {
        // "https://e.com/doctors/.." would resolve to https://e.com/, another page than the physician's.
        var thread = new QaThread(new Question("q", "Question?"), [new Answer("a", "Body", author: new Physician(id, name: "Jane Roe"))], MedicalDisclaimer.Standard);
        var json = JsonNode.Parse(SchemaOrgJsonLd.Generate(thread, new JsonLdOptions { PhysicianProfileBaseUrl = new Uri("https://e.com/doctors/") }))!;

        Assert.Null(json["mainEntity"]!["suggestedAnswer"]![0]!["author"]!["url"]);
    }
}
