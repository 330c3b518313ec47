using System.Buffers;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedQa.Serialization;
using MedQa.Tests.Serialization;

namespace MedQa.Tests.JsonLd;

/// <summary>
/// Issue 12: a physician's profile page is a ProfilePage whose mainEntity is the Person (DOMAIN "Live site"), and the
/// answers' author.url points at it: the physician's own ProfileUrl, else the host's base joined with the id.
/// </summary>
public class SchemaOrgProfilePageTests
{
    private static readonly Physician Jane = MedQaJsonTests.FullThread().Answers[0].Author!;

    private static JsonNode Parse(string json) => JsonNode.Parse(json)!;

    [Fact]
    public void GenerateProfilePage_NamedPhysician_ProfilePageWhoseMainEntityIsThePerson()
    {
        var page = Parse(SchemaOrgJsonLd.GenerateProfilePage(Jane));
        var person = page["mainEntity"]!;

        Assert.Equal("https://schema.org", (string)page["@context"]!);
        Assert.Equal("ProfilePage", (string)page["@type"]!);
        Assert.Equal("https://www.example.com/doctors/jane-roe", (string)page["@id"]!);
        Assert.Equal("https://www.example.com/doctors/jane-roe", (string)page["url"]!);
        Assert.Equal(["Person", "IndividualPhysician"], person["@type"]!.AsArray().Select(type => (string)type!));
        Assert.Equal("Jane Roe", (string)person["name"]!); // the name alone: credentials go to honorificSuffix
        Assert.Equal("MD, FAAD", (string)person["honorificSuffix"]!);
        Assert.Equal("https://www.example.com/doctors/jane-roe", (string)person["url"]!);
        SchemaOrgVocabularyTests.AssertValid(page, "$");
    }

    [Fact]
    public void GenerateProfilePage_PageUrlAndDates_FromTheOptions()
    {
        var options = new JsonLdOptions
        {
            PageUrl = new Uri("https://example.com/profiles/7#bio"),
            DatePublished = new DateTimeOffset(2024, 2, 1, 9, 0, 0, TimeSpan.Zero),
            DateModified = new DateTimeOffset(2026, 11, 30, 18, 30, 0, TimeSpan.FromHours(-5)),
        };

        var page = Parse(SchemaOrgJsonLd.GenerateProfilePage(Jane, options));

        Assert.Equal("https://example.com/profiles/7", (string)page["url"]!);
        Assert.Equal("2024-02-01T09:00:00+00:00", (string)page["dateCreated"]!);
        Assert.Equal("2026-11-30T18:30:00-05:00", (string)page["dateModified"]!);
        Assert.Null(page["datePublished"]);
    }

    [Fact]
    public void GenerateProfilePage_NoProfileUrl_UsesTheBaseUrlOrNone()
    {
        var plain = new Physician("amara-okafor", name: "Amara Okafor");

        Assert.Equal("https://e.com/doctors/amara-okafor", (string)Parse(SchemaOrgJsonLd.GenerateProfilePage(plain, new JsonLdOptions { PhysicianProfileBaseUrl = new Uri("https://e.com/doctors") }))["url"]!);
        Assert.Null(Parse(SchemaOrgJsonLd.GenerateProfilePage(plain))["url"]);
    }

    [Fact]
    public void GenerateProfilePage_OwnProfileUrl_WinsOverTheBase()
        => Assert.Equal(
            "https://www.example.com/doctors/jane-roe",
            (string)Parse(SchemaOrgJsonLd.GenerateProfilePage(Jane, new JsonLdOptions { PhysicianProfileBaseUrl = new Uri("https://e.com/doctors/") }))["mainEntity"]!["url"]!);

    [Fact]
    public void GenerateProfilePage_UnnamedPhysician_ThrowsNamingPhysician()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(() => SchemaOrgJsonLd.GenerateProfilePage(new Physician("naples-general-surgeon", specialty: "General Surgeon")));

        Assert.Equal("physician", exception.ParamName);
        Assert.Equal("A profile page's physician must have a name (Google's ProfilePage requires the mainEntity's name); physician \"naples-general-surgeon\" has none.", exception.Message);
    }

    [Fact]
    public void GenerateProfilePage_Null_ThrowsNamingTheArgument()
    {
        Assert.Equal("physician", Assert.ThrowsAny<ArgumentNullException>(() => SchemaOrgJsonLd.GenerateProfilePage(null!)).ParamName);
        Assert.Equal("utf8", Assert.ThrowsAny<ArgumentNullException>(() => SchemaOrgJsonLd.WriteProfilePage(Jane, null!)).ParamName);
    }

    /// <summary>Licences are only valid at an instant, so cached markup must not claim them; certifications are emitted, a time-limited one with its end.</summary>
    [Fact]
    public void GenerateProfilePage_Licences_NotEmittedCertificationEnd_Emitted()
    {
        var json = SchemaOrgJsonLd.GenerateProfilePage(Jane);
        var credentials = Parse(json)["mainEntity"]!["hasCredential"]!.AsArray();

        Assert.DoesNotContain("MD-271828", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Massachusetts", json, StringComparison.Ordinal);
        Assert.Equal(Jane.BoardCertifications.Length, credentials.Count);
        Assert.Equal("2030-12-31", (string)credentials[0]!["expires"]!);
        Assert.Null(credentials[1]!["expires"]);
    }

    [Fact]
    public void ProfilePageScriptElement_WrapsTheJsonLd()
        => Assert.Equal(
            $"<script type=\"application/ld+json\">{SchemaOrgJsonLd.GenerateProfilePage(Jane)}</script>",
            SchemaOrgJsonLd.ProfilePageScriptElement(Jane));

    [Fact]
    public void WriteProfilePage_Utf8_SameAsGenerate()
    {
        var buffer = new ArrayBufferWriter<byte>();
        SchemaOrgJsonLd.WriteProfilePage(Jane, buffer);

        Assert.Equal(SchemaOrgJsonLd.GenerateProfilePage(Jane), Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static Arbitrary<Physician> NamedPhysicians()
        => ThreadArbitraries.PhysicianGen.Where(physician => physician.Name is not null).ToArbitrary();

    /// <summary>
    /// For any named physician: the page's mainEntity is exactly the author node of their answers (one Person, one
    /// url, so author.url leads to the page that describes the same node), only valid properties, nothing that closes
    /// the script element.
    /// </summary>
    [Property(MaxTest = 100)]
    public Property GenerateProfilePage_AnyNamedPhysician_MainEntityIsTheAuthorNode()
        => Prop.ForAll(NamedPhysicians(), physician =>
        {
            var options = new JsonLdOptions { PhysicianProfileBaseUrl = new Uri("https://example.com/d/") };
            var json = SchemaOrgJsonLd.GenerateProfilePage(physician, options);
            var thread = new QaThread(new Question("q", "Question?"), [new Answer("a", "Body", author: physician)], MedicalDisclaimer.Standard);
            var author = Parse(SchemaOrgJsonLd.Generate(thread, options))["mainEntity"]!["suggestedAnswer"]![0]!["author"]!;
            var page = Parse(json);

            SchemaOrgVocabularyTests.AssertValid(page, "$");
            return JsonNode.DeepEquals(page["mainEntity"], author)
                && (string?)page["url"] == (string?)author["url"]
                && (string)page["mainEntity"]!["name"]! == physician.Name
                && !json.Contains("</script", StringComparison.OrdinalIgnoreCase)
                && !json.Contains("<!--", StringComparison.Ordinal);
        });
}
