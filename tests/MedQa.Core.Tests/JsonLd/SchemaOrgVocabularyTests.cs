using System.Text.Json.Nodes;
using FsCheck.Xunit;
using MedQa.Serialization;
using MedQa.Tests.Serialization;

namespace MedQa.Tests.JsonLd;

/// <summary>
/// Every property the JSON-LD uses exists in schema.org (30.0) on one of its node's types — the facts of
/// ../shared/DOMAIN.md: e.g. aggregateRating and medicalSpecialty are not on Person, honorificSuffix is only on Person.
/// </summary>
public class SchemaOrgVocabularyTests
{
    private static readonly string[] Thing = ["name", "url", "@id", "@type", "@context"];
    private static readonly string[] CreativeWork = [.. Thing, "about", "author", "citation", "dateCreated", "datePublished", "dateModified", "headline", "interactionStatistic", "text"];

    /// <summary>WebPage's own properties (schema.org 30.0): reviewedBy takes an Organization or a Person, lastReviewed a Date.</summary>
    private static readonly string[] WebPage = [.. CreativeWork, "mainEntity", "lastReviewed", "reviewedBy"];
    private static readonly string[] Comment = [.. CreativeWork, "upvoteCount", "downvoteCount"];

    /// <summary>The properties each type accepts (its own and inherited), limited to those MedQa could write.</summary>
    private static readonly Dictionary<string, string[]> Properties = new()
    {
        ["QAPage"] = WebPage,
        ["ProfilePage"] = WebPage,
        ["MedicalWebPage"] = WebPage,
        ["Question"] = [.. Comment, "answerCount", "suggestedAnswer", "acceptedAnswer"],
        ["Answer"] = Comment,
        ["Person"] = [.. Thing, "honorificSuffix", "jobTitle", "address", "hasCredential"],
        ["IndividualPhysician"] = [.. Thing, "address", "aggregateRating", "medicalSpecialty", "usNPI", "practicesAt"],
        ["EducationalOccupationalCredential"] = [.. CreativeWork, "credentialCategory", "recognizedBy", "expires"],
        ["Organization"] = [.. Thing, "address", "memberOf", "aggregateRating"],
        ["AggregateRating"] = ["@type", "ratingValue", "bestRating", "worstRating", "reviewCount", "ratingCount"],
        ["PostalAddress"] = ["@type", "addressLocality", "addressRegion", "addressCountry"],
        ["MedicalEntity"] = Thing,
        ["CreativeWork"] = CreativeWork,
        ["InteractionCounter"] = ["@type", "interactionType", "userInteractionCount", "interactionService", "startTime", "endTime"],
    };

    [Property(Arbitrary = [typeof(ThreadArbitraries)], MaxTest = 100)]
    public void Generate_AnyThread_UsesOnlyPropertiesValidOnTheirNode(QaThread thread)
        => AssertValid(JsonNode.Parse(SchemaOrgJsonLd.Generate(thread, new JsonLdOptions
        {
            PageUrl = new Uri("https://example.com/q"),
            PhysicianProfileBaseUrl = new Uri("https://example.com/d/"),
            DatePublished = DateTimeOffset.UnixEpoch,
            DateModified = DateTimeOffset.UnixEpoch,
        }))!, "$");

    [Fact]
    public void Generate_FullThread_UsesEveryKindOfNode()
    {
        var json = SchemaOrgJsonLd.Generate(MedQaJsonTests.FullThread(), new JsonLdOptions { PageUrl = new Uri("https://example.com/q") });

        foreach (var type in Properties.Keys.Where(type => type is not ("QAPage" or "ProfilePage")))
        {
            Assert.Contains($"\"{type}\"", json, StringComparison.Ordinal);
        }

        AssertValid(JsonNode.Parse(json)!, "$");
    }

    [Fact]
    public void AssertValid_AggregateRatingOnAPersonAlone_Fails()
    {
        var person = JsonNode.Parse("""{"@type":"Person","name":"Jane Roe","aggregateRating":{"@type":"AggregateRating","ratingValue":5}}""")!;

        Assert.ThrowsAny<Exception>(() => AssertValid(person, "$"));
    }

    /// <summary>Asserts that every property of every node under <paramref name="node"/> is valid on one of its node's types.</summary>
    internal static void AssertValid(JsonNode node, string path)
    {
        switch (node)
        {
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    AssertValid(array[i]!, $"{path}[{i}]");
                }

                break;
            case JsonObject obj:
                var types = obj["@type"] switch
                {
                    JsonArray list => list.Select(type => (string)type!).ToArray(),
                    JsonValue single => [(string)single!],
                    _ => throw new Xunit.Sdk.XunitException($"{path} has no @type."),
                };
                var allowed = types.SelectMany(type => Properties.TryGetValue(type, out var properties)
                    ? properties
                    : throw new Xunit.Sdk.XunitException($"{path}: unexpected type {type}.")).ToHashSet();
                foreach (var (name, value) in obj)
                {
                    Assert.True(allowed.Contains(name), $"{path}.{name} is not a property of {string.Join("/", types)}.");
                    AssertValid(value!, $"{path}.{name}");
                }

                break;
        }
    }
}
