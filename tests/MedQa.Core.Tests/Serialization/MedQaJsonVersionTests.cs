using System.Text.Json.Nodes;
using MedQa.Samples;
using MedQa.Serialization;

namespace MedQa.Tests.Serialization;

/// <summary>Issue 12: the writer writes format version 2; the reader reads version 1 (no "version") and version 2, and no other.</summary>
public class MedQaJsonVersionTests
{
    private static readonly string Version1 = MedQaJsonTests.SampleText("full-thread.json");

    /// <summary>
    /// Asserts that <paramref name="version1"/> is the version-1 form of <paramref name="version2"/>: the same JSON
    /// once the root's <c>version</c> and each answer's <c>status</c> (all "published", since version 1 has no
    /// moderation) are taken out, so the version-2 writer changes nothing else in a version-1 thread.
    /// </summary>
    internal static void AssertIsVersion1Of(string version1, string version2)
    {
        var old = JsonNode.Parse(version1)!.AsObject();
        var written = JsonNode.Parse(version2)!.AsObject();

        Assert.Null(old["version"]);
        Assert.Equal(MedQaJson.FormatVersion, (int)written["version"]!);
        written.Remove("version");
        foreach (var answer in written["answers"]!.AsArray())
        {
            Assert.Equal("published", (string)answer!["status"]!);
            answer.AsObject().Remove("status");
        }

        Assert.True(JsonNode.DeepEquals(old, written), $"The version-2 writer changed more than the version and statuses:\n{written.ToJsonString()}");
    }

    [Fact]
    public void Serialize_AnyThread_WritesVersion2First()
    {
        var json = MedQaJson.Serialize(SeedThread.Build());

        Assert.StartsWith("{\"version\":2,\"question\":", json, StringComparison.Ordinal);
        Assert.Equal(2, MedQaJson.FormatVersion);
    }

    [Fact]
    public void Deserialize_Version1Sample_ReadsEveryAnswerAsPublished()
    {
        var thread = MedQaJson.Deserialize(Version1);

        Assert.All(thread.Answers, answer => Assert.Equal(AnswerStatus.Published, answer.Status));
        Assert.All(thread.Answers, answer => Assert.Null(answer.Disclosure));
        Assert.Null(thread.ReviewedBy);
        AssertIsVersion1Of(Version1, MedQaJson.Serialize(thread));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("1.0")]
    [InlineData("null")]
    public void Deserialize_Version1Declared_ReadsAsTheUnversionedFile(string version)
        => Assert.Equal(MedQaJson.Deserialize(Version1), MedQaJson.Deserialize("{\"version\":" + version + "," + Version1.TrimStart()[1..]));

    [Fact]
    public void Deserialize_Version2Sample_ReadsEveryField()
    {
        var thread = MedQaJsonTests.FullThread();
        var first = thread.Answers[0];

        Assert.Equal(new DateTimeOffset(2025, 4, 2, 8, 15, 0, TimeSpan.FromHours(1)), first.LastEditedAt);
        Assert.True(first.Disclosure!.HasConflict);
        Assert.Equal(Disclosure.None, thread.Answers[1].Disclosure);
        Assert.Equal(new Uri("https://www.nice.org.uk/guidance/ta260"), first.References[0].Url);
        Assert.Equal(["leeds-neurologist", "amara-okafor"], first.Endorsements.Select(endorsement => endorsement.PhysicianId));
        Assert.True(first.HelpedAsker);
        Assert.Equal((AnswerStatus.Hidden, "Suspected spam"), (thread.Answers[2].Status, thread.Answers[2].HiddenReason));
        Assert.Equal(AnswerStatus.PendingReview, thread.Answers[3].Status);
        Assert.Equal("amara-okafor", thread.ReviewedBy!.Id);
        Assert.Equal(2, thread.PublishedAnswers.Length);
    }

    [Theory]
    [InlineData("3", "The format version is 3; this reader reads versions 1 to 2")]
    [InlineData("0", "The format version is 0;")]
    [InlineData("-2", "The format version is -2;")]
    [InlineData("2.5", "The value is not an integer.")]
    [InlineData("\"2\"", "The value is not an integer.")]
    public void Deserialize_VersionNotRead_ThrowsAtTheVersion(string version, string problem)
    {
        var json = "{\"version\":" + version + "," + MedQaJson.Serialize(MedQaJsonTests.FullThread())["{\"version\":2,".Length..];

        var exception = Assert.Throws<MedQaJsonException>(() => MedQaJson.Deserialize(json));

        Assert.Equal("$.version", exception.Path);
        Assert.StartsWith(problem, exception.Problem, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> Version2Fields() => new()
    {
        { "lastEditedAt", "\"2025-04-01T00:00:00Z\"" },
        { "status", "\"published\"" },
        { "hiddenReason", "\"Spam\"" },
        { "disclosure", "{\"kind\":\"none\"}" },
        { "references", "[]" },
        { "endorsements", "[]" },
        { "helpedAsker", "false" },
    };

    [Theory]
    [MemberData(nameof(Version2Fields))]
    public void Deserialize_Version2FieldInVersion1File_ThrowsAtTheFieldAndSaysWhatToAdd(string field, string value)
    {
        var root = JsonNode.Parse(Version1)!.AsObject();
        root["answers"]![1]![field] = JsonNode.Parse(value);

        var exception = Assert.Throws<MedQaJsonException>(() => MedQaJson.Deserialize(root.ToJsonString()));

        Assert.Equal($"$.answers[1].{field}", exception.Path);
        Assert.Equal(
            $"'{field}' is a field of format version 2, but the document is version 1 (a document without \"version\" is version 1): add \"version\": 2 at the root.",
            exception.Problem);
    }

    [Fact]
    public void Deserialize_ReviewerInVersion1File_ThrowsAtReviewedBy()
    {
        var root = JsonNode.Parse(Version1)!.AsObject();
        root["reviewedBy"] = new JsonObject { ["id"] = "amara-okafor" };

        Assert.Equal("$.reviewedBy", Assert.Throws<MedQaJsonException>(() => MedQaJson.Deserialize(root.ToJsonString())).Path);
    }

    [Fact]
    public void Deserialize_Version2FieldsNullInVersion1File_ReadAsAbsent()
    {
        var root = JsonNode.Parse(Version1)!.AsObject();
        root["reviewedBy"] = null;
        foreach (var (field, _) in Version2Fields().Select(row => ((string)row[0], (string)row[1])))
        {
            root["answers"]![1]![field] = null;
        }

        Assert.Equal(MedQaJson.Deserialize(Version1), MedQaJson.Deserialize(root.ToJsonString()));
    }

    [Fact]
    public void Deserialize_Version2AnswerWithoutStatus_ThrowsAtTheStatus()
    {
        var root = JsonNode.Parse(MedQaJson.Serialize(MedQaJsonTests.FullThread()))!.AsObject();
        root["answers"]![2]!.AsObject().Remove("status");

        var exception = Assert.Throws<MedQaJsonException>(() => MedQaJson.Deserialize(root.ToJsonString()));

        Assert.Equal("$.answers[2].status", exception.Path);
        Assert.Equal("The value is required and must not be null.", exception.Problem);
    }
}
