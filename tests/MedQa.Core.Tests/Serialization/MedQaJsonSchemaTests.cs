using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using MedQa.Serialization;
using MedQa.Tests.Rendering;

namespace MedQa.Tests.Serialization;

/// <summary>docs/medqa-thread.schema.json describes what the reader accepts: the samples and every serialized thread match it.</summary>
public class MedQaJsonSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromFile(Path.Combine(MedQaHtmlRendererTests.RepositoryRoot(), "docs", "medqa-thread.schema.json"));

    internal static EvaluationResults Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Evaluate(document.RootElement, new EvaluationOptions { RequireFormatValidation = true, OutputFormat = OutputFormat.List });
    }

    public static TheoryData<string> Samples() => new(Directory.GetFiles(Path.Combine(MedQaHtmlRendererTests.RepositoryRoot(), "docs", "samples"), "*.json").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_InDocs_MatchesTheSchemaAndReads(string file)
    {
        var json = File.ReadAllText(Path.Combine(MedQaHtmlRendererTests.RepositoryRoot(), "docs", "samples", file));

        var result = Validate(json);

        Assert.True(result.IsValid, string.Join("; ", result.Details?.Where(detail => detail.Errors is not null).SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Value}")) ?? []));
        var rewritten = MedQaJson.Serialize(MedQaJson.Deserialize(json), indented: true);
        if (JsonNode.Parse(json)!["version"] is null)
        {
            // A version-1 file: the writer writes version 2, which adds only the version and each answer's status.
            MedQaJsonVersionTests.AssertIsVersion1Of(json, rewritten);
        }
        else
        {
            Assert.Equal(json.ReplaceLineEndings("\n"), rewritten.ReplaceLineEndings("\n") + "\n");
        }
    }

    [Fact]
    public void Samples_InDocs_AreTheSeedAndTheFullThreadInBothVersions()
        => Assert.Equal(["full-thread-v2.json", "full-thread.json", "seed-thread.json"], Directory.GetFiles(Path.Combine(MedQaHtmlRendererTests.RepositoryRoot(), "docs", "samples")).Select(Path.GetFileName).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("""{"question":{"id":"q","title":" "},"answers":[],"disclaimer":null}""")]
    [InlineData("""{"question":{"id":"q","title":"t","extra":1},"answers":[]}""")]
    [InlineData("""{"question":{"id":"q w","title":"t"},"answers":[]}""")]
    [InlineData("""{"question":{"id":"q","title":"t"},"answers":[{"id":"a","body":"b","votes":{"up":-1,"down":0}}]}""")]
    [InlineData("""{"question":{"id":"q","title":"t"},"answers":[{"id":"a","body":"b","author":{"id":"p","npi":"3234567893"}}]}""")]
    [InlineData("""{"question":{"id":"q","title":"t"},"answers":[{"id":"a","body":"b","author":{"id":"p","credentials":[{"abbreviation":"MD","kind":"doctor"}]}}]}""")]
    [InlineData("""{"question":{"id":"q","title":"t","askedAt":"yesterday"},"answers":[]}""")]
    public void Schema_InputTheReaderRejects_IsInvalidToo(string json)
    {
        Assert.False(Validate(json).IsValid);
        Assert.Throws<MedQaJsonException>(() => MedQaJson.Deserialize(json));
    }
}
