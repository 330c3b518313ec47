using System.Text.Json.Nodes;
using MedQa.Serialization;

namespace MedQa.Tests.Serialization;

/// <summary>
/// Issue 9, point 9: edge-case documents run through a real JSON Schema validator (JsonSchema.Net) and through the
/// reader must get the same verdict, except the checks docs/json-format.md lists as the reader's alone.
/// </summary>
public class MedQaJsonSchemaCorpusTests
{
    private static readonly string Valid = MedQaJson.Serialize(MedQaJsonTests.FullThread());

    /// <summary>What the schema cannot say (docs/json-format.md, "What only the reader checks").</summary>
    public enum Verdict
    {
        /// <summary>Both accept.</summary>
        Valid,

        /// <summary>Both reject.</summary>
        Invalid,

        /// <summary>The schema accepts and the reader rejects, by a check the docs list.</summary>
        ReaderOnly,
    }

    private static string Edit(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(Valid)!.AsObject();
        edit(root);
        return root.ToJsonString();
    }

    private static JsonObject Question(JsonObject root) => root["question"]!.AsObject();

    private static JsonObject Author(JsonObject root) => root["answers"]![0]!["author"]!.AsObject();

    private static JsonObject Disclaimer(JsonObject root) => root["disclaimer"]!.AsObject();

    private static JsonArray Repeat(int count, Func<int, JsonNode> item) => new([.. Enumerable.Range(0, count).Select(item)]);

    // Numbers are spliced in as written: JsonNode would normalize 1.0 and 1e2.
    private static string WithUpVotes(string number) => Edit(root => root["answers"]![0]!["votes"]!["up"] = 424242).Replace("424242", number, StringComparison.Ordinal);

    private static string WithBestValue(string number) => Edit(root => Author(root)["rating"]!["bestValue"] = 424242).Replace("424242", number, StringComparison.Ordinal);

    private static string WithRatingValue(string number) => Edit(root => Author(root)["rating"]!["value"] = 424242).Replace("424242", number, StringComparison.Ordinal);

    private static readonly Dictionary<string, (string Json, Verdict Verdict)> Corpus = new()
    {
        ["baseline"] = (Valid, Verdict.Valid),

        // "$schema": allowed at the root, ignored; a string.
        ["$schema at the root"] = (Edit(root => root["$schema"] = "https://example.com/medqa-thread.schema.json"), Verdict.Valid),
        ["$schema a number"] = (Edit(root => root["$schema"] = 1), Verdict.Invalid),
        ["$schema inside the question"] = (Edit(root => Question(root)["$schema"] = "x"), Verdict.Invalid),

        // Integers: any number without a fractional part.
        ["count 1.0"] = (WithUpVotes("1.0"), Verdict.Valid),
        ["count 1e2"] = (WithUpVotes("1e2"), Verdict.Valid),
        ["count 4.2E1"] = (WithUpVotes("4.2E1"), Verdict.Valid),
        ["count -0"] = (WithUpVotes("-0"), Verdict.Valid),
        ["count 9223372036854775807"] = (WithUpVotes("9223372036854775807"), Verdict.Valid),
        ["count 1.5"] = (WithUpVotes("1.5"), Verdict.Invalid),
        ["count 1e-2"] = (WithUpVotes("1e-2"), Verdict.Invalid),
        ["count 1e30"] = (WithUpVotes("1e30"), Verdict.Invalid),
        ["count 9223372036854775808"] = (WithUpVotes("9223372036854775808"), Verdict.Invalid),
        ["count -1"] = (WithUpVotes("-1"), Verdict.Invalid),
        ["count as a string"] = (WithUpVotes("\"3\""), Verdict.Invalid),

        // Rating scale: bestValue from 1 to 100.
        ["bestValue 1"] = (WithBestValue("1").Replace("\"value\":4.75", "\"value\":1", StringComparison.Ordinal), Verdict.Valid),
        ["bestValue 1e2"] = (WithBestValue("1e2"), Verdict.Valid),
        ["bestValue 1e-30"] = (WithBestValue("1e-30"), Verdict.Invalid),
        ["bestValue 0.5"] = (WithBestValue("0.5"), Verdict.Invalid),
        ["bestValue 0"] = (WithBestValue("0"), Verdict.Invalid),
        ["bestValue 101"] = (WithBestValue("101"), Verdict.Invalid),
        ["rating value 1e-30"] = (WithRatingValue("1e-30"), Verdict.Valid),
        ["rating value above bestValue"] = (WithBestValue("4"), Verdict.ReaderOnly),

        // Date-times: RFC 3339 with an offset.
        ["date-time lowercase t and z"] = (Edit(root => Question(root)["askedAt"] = "2025-03-14t09:30:00z"), Verdict.Valid),
        ["date-time 7 fractional digits"] = (Edit(root => Question(root)["askedAt"] = "2025-03-14T09:30:00.1234567+01:00"), Verdict.Valid),
        ["date-time offset +14:00"] = (Edit(root => Question(root)["askedAt"] = "2025-03-14T09:30:00+14:00"), Verdict.Valid),
        ["date-time without offset"] = (Edit(root => Question(root)["askedAt"] = "2025-03-14T09:30:00"), Verdict.Invalid),
        ["date only"] = (Edit(root => Question(root)["askedAt"] = "2025-03-14"), Verdict.Invalid),
        ["date-time with a space"] = (Edit(root => Question(root)["askedAt"] = "2025-03-14 09:30:00Z"), Verdict.Invalid),
        ["date-time leap second"] = (Edit(root => Question(root)["askedAt"] = "2016-12-31T23:59:60Z"), Verdict.Invalid),
        ["date-time 8 fractional digits"] = (Edit(root => Question(root)["askedAt"] = "2025-03-14T09:30:00.12345678Z"), Verdict.Invalid),
        ["date-time offset +14:30"] = (Edit(root => Question(root)["askedAt"] = "2025-03-14T09:30:00+14:30"), Verdict.Invalid),
        ["date-time offset +0500"] = (Edit(root => Question(root)["askedAt"] = "2025-03-14T09:30:00+0500"), Verdict.Invalid),
        ["date-time February 30"] = (Edit(root => Question(root)["askedAt"] = "2025-02-30T09:30:00Z"), Verdict.Invalid),
        ["lastReviewed with a time"] = (Edit(root => root["lastReviewed"] = "2025-06-01T00:00:00Z"), Verdict.Invalid),

        // Visible text.
        ["title with a zero-width space beside a letter"] = (Edit(root => Question(root)["title"] = "\u200BWhy?"), Verdict.Valid),
        ["title of zero-width spaces"] = (Edit(root => Question(root)["title"] = "\u200B\u200B"), Verdict.Invalid),
        ["title of byte-order marks"] = (Edit(root => Question(root)["title"] = "\uFEFF"), Verdict.Invalid),
        ["title of control characters"] = (Edit(root => Question(root)["title"] = "\u0000\u001F"), Verdict.Invalid),
        ["title of braille blanks"] = (Edit(root => Question(root)["title"] = "\u2800\u2800"), Verdict.Invalid),
        ["title of punctuation"] = (Edit(root => Question(root)["title"] = "?!"), Verdict.Invalid),
        ["title of Hangul fillers"] = (Edit(root => Question(root)["title"] = "\u3164\u3164"), Verdict.ReaderOnly),
        ["body of ideographic spaces"] = (Edit(root => root["answers"]![0]!["body"] = "\u3000\u3000"), Verdict.Invalid),
        ["title of 200 emoji and a letter"] = (Edit(root => Question(root)["title"] = "a" + string.Concat(Enumerable.Repeat("\U0001F600", 150))), Verdict.ReaderOnly),

        // Disclaimer statements.
        ["statement \".\""] = (Edit(root => Disclaimer(root)["educationalStatement"] = "."), Verdict.Invalid),
        ["statement \"999\""] = (Edit(root => Disclaimer(root)["noRelationshipStatement"] = "999"), Verdict.Invalid),
        ["statement of three letters"] = (Edit(root => Disclaimer(root)["noRelationshipStatement"] = "No."), Verdict.Invalid),
        ["emergency statement \"Call 999.\""] = (Edit(root => Disclaimer(root)["emergencyStatement"] = "Call 999."), Verdict.Valid),
        ["emergency statement without its number"] = (Edit(root => Disclaimer(root)["emergencyStatement"] = "Call your doctor."), Verdict.ReaderOnly),
        ["emergency number inside a longer number"] = (Edit(root => Disclaimer(root)["emergencyStatement"] = "Please call 9990."), Verdict.ReaderOnly),
        ["emergency number joined to a word"] = (Edit(root => Disclaimer(root)["emergencyStatement"] = "Please call999 now."), Verdict.ReaderOnly),

        // Lists.
        ["no answers"] = (Edit(root => root["answers"] = new JsonArray()), Verdict.Valid),
        ["1,000 answers"] = (Edit(root => root["answers"] = Repeat(QaThread.MaxAnswers, i => new JsonObject { ["id"] = $"a{i}", ["body"] = "b", ["status"] = "published" })), Verdict.Valid),
        ["1,001 answers"] = (Edit(root => root["answers"] = Repeat(QaThread.MaxAnswers + 1, i => new JsonObject { ["id"] = $"a{i}", ["body"] = "b", ["status"] = "published" })), Verdict.Invalid),
        ["21 credentials"] = (Edit(root => Author(root)["credentials"] = Repeat(Physician.MaxCredentials + 1, i => new JsonObject { ["abbreviation"] = $"D{i}", ["kind"] = "degree" })), Verdict.Invalid),
        ["51 board certifications"] = (Edit(root => Author(root)["boardCertifications"] = Repeat(Physician.MaxBoardCertifications + 1, i => new JsonObject { ["board"] = $"Board {i}" })), Verdict.Invalid),
        ["repeated credential"] = (Edit(root => Author(root)["credentials"]![1] = Author(root)["credentials"]![0]!.DeepClone()), Verdict.Invalid),
        ["ABMS board repeated in another case"] = (Edit(root => Author(root)["boardCertifications"] = new JsonArray(new JsonObject { ["board"] = "American Board of Dermatology" }, new JsonObject { ["board"] = "american board of dermatology" })), Verdict.ReaderOnly),
        ["repeated answer id"] = (Edit(root => root["answers"]![1]!["id"] = root["answers"]![0]!["id"]!.GetValue<string>()), Verdict.ReaderOnly),

        // Identifiers.
        ["NPI with a wrong check digit"] = (Edit(root => Author(root)["npi"] = "1234567890"), Verdict.ReaderOnly),
        ["NPI starting with 3"] = (Edit(root => Author(root)["npi"] = "3234567893"), Verdict.Invalid),
        ["unknown property"] = (Edit(root => Question(root)["extra"] = 1), Verdict.Invalid),

        // Versions (issue 12): no version is 1, whose documents hold no version-2 field; 2 requires each answer's status.
        ["version 1 sample"] = (MedQaJsonTests.SampleText("full-thread.json"), Verdict.Valid),
        ["version 1 declared"] = (V1(root => root["version"] = 1), Verdict.Valid),
        ["version 1 with a status"] = (V1(root => root["answers"]![0]!["status"] = "published"), Verdict.Invalid),
        ["version 1 with a null status"] = (V1(root => root["answers"]![0]!["status"] = null), Verdict.Valid),
        ["version 1 with references"] = (V1(root => root["answers"]![0]!["references"] = new JsonArray()), Verdict.Invalid),
        ["version 1 with helpedAsker false"] = (V1(root => root["answers"]![0]!["helpedAsker"] = false), Verdict.Invalid),
        ["version 1 with a reviewer"] = (V1(root => root["reviewedBy"] = new JsonObject { ["id"] = "p" }), Verdict.Invalid),
        ["version 2.0"] = (WithVersion("2.0"), Verdict.Valid),
        ["version 3"] = (WithVersion("3"), Verdict.Invalid),
        ["version 0"] = (WithVersion("0"), Verdict.Invalid),
        ["version as a string"] = (WithVersion("\"2\""), Verdict.Invalid),
        ["version 2 without a status"] = (Edit(root => Answer(root, 1).Remove("status")), Verdict.Invalid),
        ["version 2 with a null status"] = (Edit(root => Answer(root, 1)["status"] = null), Verdict.Invalid),

        // Lifecycle.
        ["every status"] = (Edit(root => root["answers"] = new JsonArray([.. new[] { "draft", "pendingReview", "published", "removed" }.Select((status, i) => (JsonNode)new JsonObject { ["id"] = $"a{i}", ["body"] = "b", ["status"] = status })])), Verdict.Valid),
        ["status unknown"] = (Edit(root => Answer(root, 0)["status"] = "deleted"), Verdict.Invalid),
        ["hidden without a reason"] = (Edit(root => Answer(root, 2).Remove("hiddenReason")), Verdict.Invalid),
        ["hidden with a null reason"] = (Edit(root => Answer(root, 2)["hiddenReason"] = null), Verdict.Invalid),
        ["reason on a published answer"] = (Edit(root => Answer(root, 0)["hiddenReason"] = "Spam"), Verdict.Invalid),
        ["null reason on a published answer"] = (Edit(root => Answer(root, 0)["hiddenReason"] = null), Verdict.Valid),
        ["reason of punctuation"] = (Edit(root => Answer(root, 2)["hiddenReason"] = "!!"), Verdict.Invalid),
        ["edited before posted"] = (Edit(root => Answer(root, 0)["lastEditedAt"] = "2025-03-15T16:04:59+00:00"), Verdict.ReaderOnly),
        ["edited without an offset"] = (Edit(root => Answer(root, 0)["lastEditedAt"] = "2025-04-02T08:15:00"), Verdict.Invalid),
        ["helpedAsker false"] = (Edit(root => Answer(root, 0)["helpedAsker"] = false), Verdict.Valid),
        ["helpedAsker a string"] = (Edit(root => Answer(root, 0)["helpedAsker"] = "true"), Verdict.Invalid),

        // Disclosure.
        ["disclosure none with a null statement"] = (Edit(root => Answer(root, 1)["disclosure"]!["statement"] = null), Verdict.Valid),
        ["disclosure none with a statement"] = (Edit(root => Answer(root, 1)["disclosure"]!["statement"] = "Fees."), Verdict.Invalid),
        ["conflict without a statement"] = (Edit(root => Answer(root, 0)["disclosure"]!.AsObject().Remove("statement")), Verdict.Invalid),
        ["conflict with a null statement"] = (Edit(root => Answer(root, 0)["disclosure"]!["statement"] = null), Verdict.Invalid),
        ["conflict statement of spaces"] = (Edit(root => Answer(root, 0)["disclosure"]!["statement"] = "   "), Verdict.Invalid),
        ["conflict statement of 2,001 characters"] = (Edit(root => Answer(root, 0)["disclosure"]!["statement"] = new string('s', 2_001)), Verdict.Invalid),
        ["disclosure kind unknown"] = (Edit(root => Answer(root, 0)["disclosure"]!["kind"] = "sponsored"), Verdict.Invalid),
        ["disclosure without a kind"] = (Edit(root => Answer(root, 1)["disclosure"] = new JsonObject()), Verdict.Invalid),

        // References.
        ["reference URL http, upper-case scheme, port, query and fragment"] = (WithUrl("HTTP://Example.com:8080/a?b=c#d"), Verdict.Valid),
        ["reference URL non-ASCII"] = (WithUrl("https://exämple.com/über"), Verdict.Valid),
        ["reference URL relative"] = (WithUrl("/guidance/ta260"), Verdict.Invalid),
        ["reference URL javascript:"] = (WithUrl("javascript:alert(1)"), Verdict.Invalid),
        ["reference URL ftp:"] = (WithUrl("ftp://example.com/"), Verdict.Invalid),
        ["reference URL with a space"] = (WithUrl("https://example.com/a b"), Verdict.Invalid),
        ["reference URL with a no-break space"] = (WithUrl("https://example.com/a\u00A0b"), Verdict.Invalid),
        ["reference URL with a tab"] = (WithUrl("https://example.com/a\tb"), Verdict.Invalid),
        ["reference URL with DEL"] = (WithUrl("https://example.com/a\u007Fb"), Verdict.Invalid),
        ["reference URL with a trailing space"] = (WithUrl("https://example.com/ "), Verdict.Invalid),
        ["reference URL of 2,000 characters"] = (WithUrl("https://example.com/" + new string('a', 1_980)), Verdict.Valid),
        ["reference URL of 2,001 characters"] = (WithUrl("https://example.com/" + new string('a', 1_981)), Verdict.Invalid),
        ["reference URL without a host"] = (WithUrl("https://"), Verdict.Invalid),
        ["reference URL with a bad port"] = (WithUrl("https://example.com:99999/"), Verdict.ReaderOnly),
        ["reference repeated"] = (Edit(root => Answer(root, 0)["references"]![1] = Answer(root, 0)["references"]![0]!.DeepClone()), Verdict.Invalid),
        ["reference repeated with another fragment"] = (Edit(root => Answer(root, 0)["references"]![1] = new JsonObject { ["title"] = Answer(root, 0)["references"]![0]!["title"]!.GetValue<string>(), ["url"] = "https://www.nice.org.uk/guidance/ta260#section-1" }), Verdict.ReaderOnly),
        ["101 references"] = (Edit(root => Answer(root, 0)["references"] = Repeat(MedQa.Answer.MaxReferences + 1, i => new JsonObject { ["title"] = "T", ["url"] = $"https://example.com/{i}" })), Verdict.Invalid),
        ["reference without a title"] = (Edit(root => Answer(root, 0)["references"]![0]!.AsObject().Remove("title")), Verdict.Invalid),

        // Endorsements.
        ["endorsement by the author"] = (Edit(root => Answer(root, 0)["endorsements"]![1]!["physicianId"] = "jane-roe"), Verdict.ReaderOnly),
        ["endorsement repeated at another time"] = (Edit(root => Answer(root, 0)["endorsements"]![1]!["physicianId"] = "leeds-neurologist"), Verdict.ReaderOnly),
        ["endorsement repeated exactly"] = (Edit(root => Answer(root, 0)["endorsements"]![1] = Answer(root, 0)["endorsements"]![0]!.DeepClone()), Verdict.Invalid),
        ["endorsement id malformed"] = (Edit(root => Answer(root, 0)["endorsements"]![0]!["physicianId"] = "a b"), Verdict.Invalid),
        ["10,001 endorsements"] = (Edit(root => Answer(root, 0)["endorsements"] = Repeat(MedQa.Answer.MaxEndorsements + 1, i => new JsonObject { ["physicianId"] = $"p{i}" })), Verdict.Invalid),

        // The reviewer.
        ["reviewer null"] = (Edit(root => root["reviewedBy"] = null), Verdict.Valid),
        ["reviewer with a wrong NPI check digit"] = (Edit(root => root["reviewedBy"]!["npi"] = "1234567890"), Verdict.ReaderOnly),
        ["reviewer without an id"] = (Edit(root => root["reviewedBy"]!.AsObject().Remove("id")), Verdict.Invalid),
    };

    private static JsonObject Answer(JsonObject root, int index) => root["answers"]![index]!.AsObject();

    private static string V1(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(MedQaJsonTests.SampleText("full-thread.json"))!.AsObject();
        edit(root);
        return root.ToJsonString();
    }

    // Spliced in as written: JsonNode would normalize 2.0.
    private static string WithVersion(string number) => Edit(root => root["version"] = 424242).Replace("424242", number, StringComparison.Ordinal);

    private static string WithUrl(string url) => Edit(root => Answer(root, 0)["references"]![0]!["url"] = url);

    public static TheoryData<string> Cases() => new(Corpus.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public void SchemaAndReader_EdgeCaseDocument_Agree(string @case)
    {
        var (json, verdict) = Corpus[@case];

        AssertSchemaAndReaderAgree(@case, json, verdict);
    }

    /// <summary>Asserts that the schema and the reader give the corpus case's verdict (shared by every corpus).</summary>
    internal static void AssertSchemaAndReaderAgree(string @case, string json, Verdict verdict)
    {
        var schemaAccepts = MedQaJsonSchemaTests.Validate(json).IsValid;
        var readerAccepts = MedQaJson.TryDeserialize(json, out _, out var error);

        var expected = verdict switch
        {
            Verdict.Valid => (true, true),
            Verdict.Invalid => (false, false),
            _ => (true, false),
        };
        Assert.True(expected == (schemaAccepts, readerAccepts), $"{@case}: expected (schema, reader) = {expected}, got ({schemaAccepts}, {readerAccepts}); reader: {error?.Message}");
    }

    [Fact]
    public void Deserialize_SchemaProperty_IsIgnoredAndNeverWritten()
    {
        var thread = MedQaJson.Deserialize(Corpus["$schema at the root"].Json);

        Assert.Equal(MedQaJson.Deserialize(Valid), thread);
        Assert.DoesNotContain("$schema", MedQaJson.Serialize(thread), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.0", 1)]
    [InlineData("1e2", 100)]
    [InlineData("4.2E1", 42)]
    [InlineData("-0", 0)]
    public void Deserialize_IntegerInAnyNotation_IsThatCount(string number, long count)
        => Assert.Equal(count, MedQaJson.Deserialize(WithUpVotes(number)).Answers[0].Votes.Up);
}
