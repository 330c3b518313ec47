using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedQa.Samples;
using MedQa.Serialization;

namespace MedQa.Tests.Serialization;

public class MedQaJsonTests
{
    private readonly QaThread _seed = SeedThread.Build();

    /// <summary>docs/samples/full-thread-v2.json: every field of the current format, answers in every lifecycle state.</summary>
    internal static QaThread FullThread() => MedQaJson.Deserialize(SampleText("full-thread-v2.json"));

    internal static string SampleText(string file) => File.ReadAllText(Path.Combine(Rendering.MedQaHtmlRendererTests.RepositoryRoot(), "docs", "samples", file));

    [Fact]
    public void Deserialize_SerializedSeedThread_EqualsIt()
    {
        Assert.Equal(_seed, MedQaJson.Deserialize(MedQaJson.Serialize(_seed)));
        Assert.Equal(_seed, MedQaJson.Deserialize(MedQaJson.Serialize(_seed, indented: true)));
    }

    [Fact]
    public void Serialize_FullThread_CamelCaseIsoDatesStringEnumsAndNoNulls()
    {
        var json = MedQaJson.Serialize(FullThread());
        var root = JsonNode.Parse(json)!;

        Assert.Equal("2025-03-14T09:30:00-05:00", (string)root["question"]!["askedAt"]!);
        Assert.Equal("2025-06-01", (string)root["lastReviewed"]!);
        Assert.Equal("degree", (string)root["answers"]![0]!["author"]!["credentials"]![0]!["kind"]!);
        Assert.Equal("fellowship", (string)root["answers"]![0]!["author"]!["credentials"]![1]!["kind"]!);
        Assert.Equal(120, (long)root["answers"]![0]!["author"]!["rating"]!["reviewCount"]!);
        Assert.Equal("1234567893", (string)root["answers"]![0]!["author"]!["npi"]!);
        Assert.Equal("GB", (string)root["disclaimer"]!["emergencyNumber"]!["regionCode"]!);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.All(PropertyNames(root), name => Assert.True(char.IsAsciiLetterLower(name[0]), name));
        Assert.False(root["answers"]![1]!["author"]!.AsObject().ContainsKey("credentials"));
    }

    [Fact]
    public void Serialize_Indented_OnlyWhitespaceDiffers()
    {
        var compact = MedQaJson.Serialize(_seed);
        var indented = MedQaJson.Serialize(_seed, indented: true);

        Assert.DoesNotContain('\n', compact);
        Assert.Contains("\n  \"question\": {", indented, StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(compact), JsonNode.Parse(indented)));
    }

    [Fact]
    public void SeedSample_InDocs_IsTheSeedThreadInVersion1()
    {
        var sample = SampleText("seed-thread.json");

        Assert.Equal(_seed, MedQaJson.Deserialize(sample));
        MedQaJsonVersionTests.AssertIsVersion1Of(sample, MedQaJson.Serialize(_seed, indented: true));
    }

    [Fact]
    public async Task Serialize_ToStream_ReadsBackFromStreamAndSpan()
    {
        var full = FullThread();
        using var stream = new MemoryStream();
        MedQaJson.Serialize(full, stream);

        Assert.Equal(full, MedQaJson.Deserialize(stream.ToArray()));
        stream.Position = 0;
        Assert.Equal(full, await MedQaJson.DeserializeAsync(stream, CancellationToken.None));
        Assert.Equal(MedQaJson.Serialize(full), Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public async Task DeserializeAsync_Cancelled_ThrowsOperationCanceled()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(MedQaJson.Serialize(_seed)));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await MedQaJson.DeserializeAsync(stream, cancelled.Token));
    }

    [Fact]
    public void Deserialize_RegionCodeInLowerCase_IsUpperCased()
    {
        var json = MedQaJson.Serialize(_seed).Replace("\"regionCode\":\"US\"", "\"regionCode\":\"us\"", StringComparison.Ordinal);

        Assert.Equal(_seed, MedQaJson.Deserialize(json));
    }

    [Fact]
    public void Deserialize_OptionalFieldsAbsentOrNull_ReadAsAbsent()
    {
        const string json = """
            {"question":{"id":"q","title":"Title","body":null},"answers":[{"id":"a","body":"Body","author":null,"votes":null}],
             "disclaimer":{"educationalStatement":"Education.","emergencyStatement":"Call 112.","noRelationshipStatement":"No relationship.","emergencyNumber":{"regionCode":"EU","number":"112"}},
             "lastReviewed":null}
            """;

        var thread = MedQaJson.Deserialize(json);

        Assert.Null(thread.Question.Body);
        Assert.Null(thread.Answers[0].Author);
        Assert.Equal(VoteTally.None, thread.Answers[0].Votes);
        Assert.Null(thread.LastReviewed);
    }

    [Fact]
    public void Deserialize_RatingWithoutBestValue_IsFiveStars()
    {
        var json = MedQaJson.Serialize(_seed).Replace(",\"bestValue\":5", string.Empty, StringComparison.Ordinal);

        Assert.Equal(5m, MedQaJson.Deserialize(json).Answers[1].Author!.Rating!.Value.BestValue);
    }

    [Fact]
    public void Serialize_LoneSurrogate_WritesReplacementCharacter()
    {
        var thread = new QaThread(new Question("q", "a\uD800b"), [], MedicalDisclaimer.Standard);

        Assert.Equal("a\uFFFDb", MedQaJson.Deserialize(MedQaJson.Serialize(thread)).Question.Title);
    }

    [Fact]
    public void Serialize_ReflectionDisabled_UsesOnlyGeneratedMetadata()
    {
        // The test project turns reflection-based serialization off, as a trimmed or native AOT app would.
        Assert.False(JsonSerializer.IsReflectionEnabledByDefault);
        Assert.Equal(_seed, MedQaJson.Deserialize(MedQaJson.Serialize(_seed)));
    }

    [Fact]
    public async Task Methods_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => MedQaJson.Serialize(null!));
        Assert.Throws<ArgumentNullException>(() => MedQaJson.Serialize(_seed, (Stream)null!));
        Assert.Throws<ArgumentNullException>(() => MedQaJson.Deserialize((string)null!));
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await MedQaJson.DeserializeAsync(null!));
    }

    [Fact]
    public void MedQaJsonException_IsAJsonExceptionWithPathAndProblem()
    {
        var exception = new MedQaJsonException("The title is blank.", "$.question.title");

        Assert.IsAssignableFrom<JsonException>(exception);
        Assert.Equal("$.question.title", exception.Path);
        Assert.Equal("The title is blank.", exception.Problem);
        Assert.Equal("The title is blank. Path: $.question.title", exception.Message);
    }

    private static IEnumerable<string> PropertyNames(JsonNode node) => node switch
    {
        JsonObject obj => obj.SelectMany(pair => PropertyNames(pair.Value!).Prepend(pair.Key)),
        JsonArray array => array.SelectMany(item => PropertyNames(item!)),
        _ => [],
    };
}
