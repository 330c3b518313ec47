using System.Text.Json.Nodes;
using MedQa.Serialization;

namespace MedQa.Tests.Serialization;

/// <summary>Issue 12: version 2's lifecycle and trust fields meet the same validation as version 1's: one exception, at the value's path.</summary>
public class MedQaJsonTrustFieldsBadInputTests
{
    private static readonly string Valid = MedQaJson.Serialize(MedQaJsonTests.FullThread());

    /// <summary>The version-2 sample with one edit: answers[0] (author jane-roe) has every trust field.</summary>
    private static string Edit(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(Valid)!.AsObject();
        edit(root);
        return root.ToJsonString();
    }

    private static JsonObject First(JsonObject root) => root["answers"]![0]!.AsObject();

    private static JsonArray Repeat(int count, Func<int, JsonNode> item) => new([.. Enumerable.Range(0, count).Select(item)]);

    public static TheoryData<string, string, string, string> Cases() => new()
    {
        // Lifecycle.
        { "status unknown", Edit(root => First(root)["status"] = "deleted"), "$.answers[0].status", "The value is not \"draft\", \"pendingReview\"" },
        { "status as a number", Edit(root => First(root)["status"] = 0), "$.answers[0].status", "Expected a string, found a number." },
        { "status in another case", Edit(root => First(root)["status"] = "Published"), "$.answers[0].status", "The value is not" },
        { "status null", Edit(root => First(root)["status"] = null), "$.answers[0].status", "The value is required" },
        { "hidden without a reason", Edit(root => root["answers"]![2]!.AsObject().Remove("hiddenReason")), "$.answers[2].hiddenReason", "A hidden answer needs the reason" },
        { "reason on a published answer", Edit(root => First(root)["hiddenReason"] = "Spam"), "$.answers[0].hiddenReason", "Only a hidden answer has a hidden reason" },
        { "blank reason", Edit(root => root["answers"]![2]!["hiddenReason"] = "\u200B"), "$.answers[2].hiddenReason", "" },
        { "edited before posted", Edit(root => First(root)["lastEditedAt"] = "2025-03-15T16:04:59+00:00"), "$.answers[0].lastEditedAt", "The last edit must not be before" },
        { "edited without an offset", Edit(root => First(root)["lastEditedAt"] = "2025-04-02T08:15:00"), "$.answers[0].lastEditedAt", "" },
        { "helpedAsker a string", Edit(root => First(root)["helpedAsker"] = "yes"), "$.answers[0].helpedAsker", "The value is not true or false." },

        // Disclosure.
        { "disclosure kind unknown", Edit(root => First(root)["disclosure"]!["kind"] = "maybe"), "$.answers[0].disclosure.kind", "The value is not \"none\" or \"conflict\"." },
        { "disclosure kind missing", Edit(root => First(root)["disclosure"]!.AsObject().Remove("kind")), "$.answers[0].disclosure.kind", "The value is required" },
        { "conflict without a statement", Edit(root => First(root)["disclosure"]!.AsObject().Remove("statement")), "$.answers[0].disclosure.statement", "The value is required" },
        { "conflict with a blank statement", Edit(root => First(root)["disclosure"]!["statement"] = " "), "$.answers[0].disclosure.statement", "" },
        { "none with a statement", Edit(root => root["answers"]![1]!["disclosure"]!["statement"] = "Fees."), "$.answers[1].disclosure.statement", "A disclosure of kind \"none\" has no statement" },
        { "statement too long", Edit(root => First(root)["disclosure"]!["statement"] = new string('s', Disclosure.MaxStatementLength + 1)), "$.answers[0].disclosure.statement", "" },
        { "disclosure a string", Edit(root => First(root)["disclosure"] = "none"), "$.answers[0].disclosure", "The value is not an object." },

        // References.
        { "reference URL relative", Edit(root => First(root)["references"]![0]!["url"] = "/guidance/ta260"), "$.answers[0].references[0].url", "" },
        { "reference URL javascript:", Edit(root => First(root)["references"]![0]!["url"] = "javascript:alert(1)"), "$.answers[0].references[0].url", "" },
        { "reference URL ftp:", Edit(root => First(root)["references"]![0]!["url"] = "ftp://example.com/a"), "$.answers[0].references[0].url", "" },
        { "reference URL file path", Edit(root => First(root)["references"]![0]!["url"] = "/etc/passwd"), "$.answers[0].references[0].url", "" },
        { "reference URL with a space", Edit(root => First(root)["references"]![0]!["url"] = "https://example.com/a b"), "$.answers[0].references[0].url", "Reference URL must not contain white space" },
        { "reference URL with a leading space", Edit(root => First(root)["references"]![0]!["url"] = " https://example.com/"), "$.answers[0].references[0].url", "Reference URL must not contain white space" },
        { "reference URL with a line break", Edit(root => First(root)["references"]![0]!["url"] = "https://example.com/\nx"), "$.answers[0].references[0].url", "" },
        { "reference URL over 2,000 characters", Edit(root => First(root)["references"]![0]!["url"] = "https://example.com/" + new string('a', 2_000)), "$.answers[0].references[0].url", "The URL has 2,020 characters; the format allows at most 2,000." },
        { "reference URL of 90,000 characters", Edit(root => First(root)["references"]![0]!["url"] = "https://example.com/" + new string('a', 90_000)), "$.answers[0].references[0].url", "The URL has 90,020 characters" },
        { "reference URL missing", Edit(root => First(root)["references"]![0]!.AsObject().Remove("url")), "$.answers[0].references[0].url", "The value is required" },
        { "reference title blank", Edit(root => First(root)["references"]![0]!["title"] = "\u3164"), "$.answers[0].references[0].title", "" },
        { "reference null", Edit(root => First(root)["references"]![0] = null), "$.answers[0].references[0]", "The value is required" },
        { "reference repeated", Edit(root => First(root)["references"]![1] = First(root)["references"]![0]!.DeepClone()), "$.answers[0].references[1]", "The reference to \"" },
        { "reference repeated with another fragment", Edit(root => First(root)["references"] = new JsonArray(new JsonObject { ["title"] = "T", ["url"] = "https://a.example/x#1" }, new JsonObject { ["title"] = "T", ["url"] = "https://A.example:443/x#2" })), "$.answers[0].references[1]", "The reference to \"" },
        { "101 references", Edit(root => First(root)["references"] = Repeat(Answer.MaxReferences + 1, i => new JsonObject { ["title"] = "T", ["url"] = $"https://example.com/{i}" })), "$.answers[0].references", "The list has 101 items; the format allows at most 100." },

        // Endorsements.
        { "endorsement by the author", Edit(root => First(root)["endorsements"]![1]!["physicianId"] = "jane-roe"), "$.answers[0].endorsements[1].physicianId", "The physician \"jane-roe\" is the answer's author" },
        { "endorsement repeated", Edit(root => First(root)["endorsements"]![1]!["physicianId"] = "leeds-neurologist"), "$.answers[0].endorsements[1].physicianId", "The physician \"leeds-neurologist\" endorses the answer twice" },
        { "endorsement id malformed", Edit(root => First(root)["endorsements"]![0]!["physicianId"] = "a b"), "$.answers[0].endorsements[0].physicianId", "" },
        { "endorsement id missing", Edit(root => First(root)["endorsements"]![0]!.AsObject().Remove("physicianId")), "$.answers[0].endorsements[0].physicianId", "The value is required" },
        { "endorsement date without offset", Edit(root => First(root)["endorsements"]![0]!["endorsedAt"] = "2025-03-16T10:00:00"), "$.answers[0].endorsements[0].endorsedAt", "" },
        { "10,001 endorsements", Edit(root => First(root)["endorsements"] = Repeat(Answer.MaxEndorsements + 1, i => new JsonObject { ["physicianId"] = $"p{i}" })), "$.answers[0].endorsements", "The list has 10001 items; the format allows at most 10000." },

        // The reviewer.
        { "reviewer NPI wrong", Edit(root => root["reviewedBy"]!["npi"] = "1234567890"), "$.reviewedBy.npi", "An NPI is ten digits" },
        { "reviewer id missing", Edit(root => root["reviewedBy"]!.AsObject().Remove("id")), "$.reviewedBy.id", "The value is required" },
        { "reviewer a string", Edit(root => root["reviewedBy"] = "amara-okafor"), "$.reviewedBy", "The value is not an object." },
        { "unknown property in a reference", Edit(root => First(root)["references"]![0]!["rel"] = "nofollow"), "$.answers[0].references[0].rel", "Unknown property" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Deserialize_BadTrustField_ThrowsMedQaJsonExceptionAtPath(string @case, string json, string path, string problemStart)
    {
        var exception = Assert.Throws<MedQaJsonException>(() => MedQaJson.Deserialize(json));

        Assert.True(path == exception.Path, $"{@case}: expected {path}, got {exception.Path}: {exception.Message}");
        Assert.StartsWith(problemStart, exception.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_ListsAtTheirMaximum_Read()
    {
        var json = Edit(root =>
        {
            First(root)["references"] = Repeat(Answer.MaxReferences, i => new JsonObject { ["title"] = "T", ["url"] = $"https://example.com/{i}" });
            First(root)["endorsements"] = Repeat(Answer.MaxEndorsements, i => new JsonObject { ["physicianId"] = $"p{i}" });
        });

        var answer = MedQaJson.Deserialize(json).Answers[0];

        Assert.Equal(Answer.MaxReferences, answer.References.Length);
        Assert.Equal(Answer.MaxEndorsements, answer.Endorsements.Length);
    }

    [Fact]
    public void Deserialize_RepeatedEndorsementAtTheEndOfAFullList_IsFoundAtItsIndex()
    {
        var json = Edit(root => First(root)["endorsements"] = Repeat(Answer.MaxEndorsements, i => new JsonObject { ["physicianId"] = i == Answer.MaxEndorsements - 1 ? "p0" : $"p{i}" }));

        Assert.Equal($"$.answers[0].endorsements[{Answer.MaxEndorsements - 1}].physicianId", Assert.Throws<MedQaJsonException>(() => MedQaJson.Deserialize(json)).Path);
    }

    [Fact]
    public void Deserialize_ReferenceUrl_KeepsTheTextAsWritten()
    {
        var json = Edit(root => First(root)["references"]![0]!["url"] = "HTTPS://Example.com:443/über?q=%3C#top");

        var url = MedQaJson.Deserialize(json).Answers[0].References[0].Url;

        Assert.Equal("HTTPS://Example.com:443/über?q=%3C#top", url.OriginalString);
        Assert.Contains("\"url\":\"HTTPS://Example.com:443/\\u00FCber?q=%3C#top\"", MedQaJson.Serialize(MedQaJson.Deserialize(json)), StringComparison.Ordinal);
    }
}
