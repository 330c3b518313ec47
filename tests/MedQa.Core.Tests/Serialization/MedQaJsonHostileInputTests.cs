using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedQa.Serialization;

namespace MedQa.Tests.Serialization;

/// <summary>Issue 9: input shaped by an attacker or a careless data file meets one exception type, bounded work and a safe message.</summary>
public class MedQaJsonHostileInputTests
{
    private static readonly string Valid = MedQaJson.Serialize(MedQaJsonTests.FullThread());

    private static string Edit(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(Valid)!.AsObject();
        edit(root);
        return root.ToJsonString();
    }

    private static JsonObject Author(JsonObject root) => root["answers"]![0]!["author"]!.AsObject();

    // Point 2: a lone surrogate in a .NET string is not valid UTF-16; reading it must not throw ArgumentException.
    // Built here, not passed as theory data: xunit's serialization of test cases would turn them into U+FFFD.
    private static readonly Dictionary<string, (string Json, string Path)> LoneSurrogateCases = new()
    {
        ["high surrogate ending a value"] = ("{\"question\":{\"id\":\"q\",\"title\":\"a\uD800\"}}", "$.question.title"),
        ["low surrogate alone"] = ("{\"question\":{\"id\":\"q\",\"title\":\"\uDC00a\"}}", "$.question.title"),
        ["high surrogate before a letter"] = ("{\"question\":{\"id\":\"q\",\"title\":\"\uD800a\"}}", "$.question.title"),
        ["surrogates reversed"] = ("{\"question\":{\"id\":\"q\",\"title\":\"\uDC00\uD800\"}}", "$.question.title"),
        ["in a property name"] = ("{\"question\":{\"id\":\"q\",\"ti\uD800tle\":\"t\"}}", "$.question"),
        ["between tokens"] = ("{\"question\":\uD800{\"id\":\"q\",\"title\":\"t\"}}", "$.question"),
        ["last character"] = ("{\"question\":{\"id\":\"q\",\"title\":\"t\"}}\uD800", "$"),
        ["in a reference title"] = ("{\"version\":2,\"question\":{\"id\":\"q\",\"title\":\"t\"},\"answers\":[{\"id\":\"a\",\"body\":\"b\",\"status\":\"published\",\"references\":[{\"title\":\"x\uD800\",\"url\":\"https://a.example/\"}]}]}", "$.answers[0].references[0].title"),
        ["in a reference URL"] = ("{\"version\":2,\"question\":{\"id\":\"q\",\"title\":\"t\"},\"answers\":[{\"id\":\"a\",\"body\":\"b\",\"status\":\"published\",\"references\":[{\"title\":\"x\",\"url\":\"https://a.example/\uDC00\"}]}]}", "$.answers[0].references[0].url"),
        ["in a disclosure statement"] = ("{\"version\":2,\"question\":{\"id\":\"q\",\"title\":\"t\"},\"answers\":[{\"id\":\"a\",\"body\":\"b\",\"status\":\"published\",\"disclosure\":{\"kind\":\"conflict\",\"statement\":\"\uD800fees\"}}]}", "$.answers[0].disclosure.statement"),
        ["in a hidden reason"] = ("{\"version\":2,\"question\":{\"id\":\"q\",\"title\":\"t\"},\"answers\":[{\"id\":\"a\",\"body\":\"b\",\"status\":\"hidden\",\"hiddenReason\":\"spam\uDBFF\"}]}", "$.answers[0].hiddenReason"),
    };

    public static TheoryData<string> LoneSurrogates() => new(LoneSurrogateCases.Keys);

    [Theory]
    [MemberData(nameof(LoneSurrogates))]
    public void Deserialize_StringWithLoneSurrogate_ThrowsMedQaJsonExceptionAtPath(string @case)
    {
        var (json, path) = LoneSurrogateCases[@case];
        Assert.NotEqual(-1, MedQa.Serialization.LoneSurrogates.IndexOfFirst(json));

        var exception = Record.Exception(() => MedQaJson.Deserialize(json));

        var ours = Assert.IsType<MedQaJsonException>(exception);
        Assert.True(path == ours.Path, $"{@case}: expected {path}, got {ours.Path}: {ours.Message}");
        Assert.Contains("lone surrogate", ours.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_LoneSurrogateAfterAnotherError_ReportsTheEarlierError()
    {
        var json = Edit(root => root["question"]!["extra"] = 1).Replace("\"disclaimer\":{", "\"disclaimer\":{\"x\uD800\":1,", StringComparison.Ordinal);

        var exception = Assert.IsType<MedQaJsonException>(Record.Exception(() => MedQaJson.Deserialize(json)));

        Assert.Equal("$.question.extra", exception.Path);
    }

    [Fact]
    public void Deserialize_SurrogatePairs_StillRead()
    {
        var json = Edit(root => root["question"]!["title"] = "Is it safe? \U0001F600");

        Assert.Equal("Is it safe? \U0001F600", MedQaJson.Deserialize(json).Question.Title);
    }

    // Point 3: a date-time without an offset means a different instant on every server.
    [Theory]
    [InlineData("2025-03-14T09:30:00")]
    [InlineData("2025-03-14T09:30:00.5")]
    [InlineData("2025-03-14")]
    [InlineData("2025-03-14T09:30")]
    [InlineData("2025-03-14T09:30Z")]
    [InlineData("2025-03-14 09:30:00Z")]
    [InlineData("2025-03-14T09:30:00+0500")]
    [InlineData("2025-03-14T09:30:00+14:01")]
    [InlineData("2025-03-14T24:00:00Z")]
    [InlineData("2016-12-31T23:59:60Z")]
    [InlineData("2025-02-29T09:30:00Z")]
    [InlineData("2025-03-14T09:30:00.12345678Z")]
    [InlineData("0001-01-01T00:00:00+01:00")]
    [InlineData("2025-03-14T09:30:00-05:00 ")]
    public void Deserialize_DateTimeWithoutAValidOffset_ThrowsAtPath(string value)
    {
        var asked = Assert.Throws<MedQaJsonException>(() => MedQaJson.Deserialize(Edit(root => root["question"]!["askedAt"] = value)));
        var posted = Assert.Throws<MedQaJsonException>(() => MedQaJson.Deserialize(Edit(root => root["answers"]![0]!["postedAt"] = value)));

        Assert.Equal("$.question.askedAt", asked.Path);
        Assert.Equal("$.answers[0].postedAt", posted.Path);
        Assert.Contains("with an offset", asked.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-03-14T09:30:00-05:00", "2025-03-14T14:30:00Z")]
    [InlineData("2025-03-14t09:30:00z", "2025-03-14T09:30:00Z")]
    [InlineData("2025-03-14T09:30:00.1234567+14:00", "2025-03-13T19:30:00.1234567Z")]
    [InlineData("2025-03-14T09:30:00.5-00:30", "2025-03-14T10:00:00.5Z")]
    [InlineData("2024-02-29T23:59:59Z", "2024-02-29T23:59:59Z")]
    public void Deserialize_DateTimeWithOffset_IsThatInstant(string value, string utc)
    {
        var thread = MedQaJson.Deserialize(Edit(root => root["question"]!["askedAt"] = value));

        Assert.Equal(DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal), thread.Question.AskedAt);
    }

    // Point 4: every list has a maximum, enforced by the reader at the array's path before any item is mapped.
    public static TheoryData<string, string, string> OversizeLists() => new()
    {
        { "answers", Edit(root => root["answers"] = Repeat(QaThread.MaxAnswers + 1, i => new JsonObject { ["id"] = $"a{i}", ["body"] = "b", ["status"] = "published" })), "$.answers" },
        { "credentials", Edit(root => Author(root)["credentials"] = Repeat(Physician.MaxCredentials + 1, i => new JsonObject { ["abbreviation"] = $"D{i}", ["kind"] = "degree" })), "$.answers[0].author.credentials" },
        { "board certifications", Edit(root => Author(root)["boardCertifications"] = Repeat(Physician.MaxBoardCertifications + 1, i => new JsonObject { ["board"] = $"Board {i}" })), "$.answers[0].author.boardCertifications" },
        { "40k board certifications", Edit(root => Author(root)["boardCertifications"] = Repeat(40_000, i => new JsonObject { ["board"] = $"Board {i}" })), "$.answers[0].author.boardCertifications" },
        { "40k credentials", Edit(root => Author(root)["credentials"] = Repeat(40_000, i => new JsonObject { ["abbreviation"] = $"D{i}", ["kind"] = "degree" })), "$.answers[0].author.credentials" },
        { "references", Edit(root => root["answers"]![0]!["references"] = Repeat(Answer.MaxReferences + 1, i => new JsonObject { ["title"] = "T", ["url"] = $"https://example.com/{i}" })), "$.answers[0].references" },
        { "endorsements", Edit(root => root["answers"]![0]!["endorsements"] = Repeat(Answer.MaxEndorsements + 1, i => new JsonObject { ["physicianId"] = $"p{i}" })), "$.answers[0].endorsements" },
        { "200k endorsements", Edit(root => root["answers"]![0]!["endorsements"] = Repeat(200_000, i => new JsonObject { ["physicianId"] = $"p{i}" })), "$.answers[0].endorsements" },
        { "40k references", Edit(root => root["answers"]![0]!["references"] = Repeat(40_000, i => new JsonObject { ["title"] = "T", ["url"] = $"https://example.com/{i}" })), "$.answers[0].references" },
        { "reviewer's credentials", Edit(root => root["reviewedBy"]!["credentials"] = Repeat(Physician.MaxCredentials + 1, i => new JsonObject { ["abbreviation"] = $"D{i}", ["kind"] = "degree" })), "$.reviewedBy.credentials" },
    };

    private static JsonArray Repeat(int count, Func<int, JsonNode> item) => new([.. Enumerable.Range(0, count).Select(item)]);

    [Theory]
    [MemberData(nameof(OversizeLists))]
    public void Deserialize_ListOverItsMaximum_ThrowsAtTheArrayPath(string list, string json, string path)
    {
        var exception = Assert.Throws<MedQaJsonException>(() => MedQaJson.Deserialize(json));

        Assert.True(path == exception.Path, $"{list}: expected {path}, got {exception.Path}: {exception.Message}");
        Assert.Contains("at most", exception.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_ListsAtTheirMaximum_Read()
    {
        var json = Edit(root =>
        {
            root["answers"] = Repeat(QaThread.MaxAnswers, i => new JsonObject { ["id"] = $"a{i}", ["body"] = "b", ["status"] = "published" });
            root["answers"]![0]!["author"] = new JsonObject
            {
                ["id"] = "p",
                ["credentials"] = Repeat(Physician.MaxCredentials, i => new JsonObject { ["abbreviation"] = $"D{i}", ["kind"] = "degree" }),
                ["boardCertifications"] = Repeat(Physician.MaxBoardCertifications, i => new JsonObject { ["board"] = $"Board {i}" }),
            };
        });

        var thread = MedQaJson.Deserialize(json);

        Assert.Equal(QaThread.MaxAnswers, thread.Answers.Length);
        Assert.Equal(Physician.MaxCredentials, thread.Answers[0].Author!.Credentials.Length);
        Assert.Equal(Physician.MaxBoardCertifications, thread.Answers[0].Author!.BoardCertifications.Length);
    }

    [Fact]
    public void Deserialize_DuplicateAtTheEndOfAFullList_IsFound()
    {
        var json = Edit(root => Author(root)["boardCertifications"] = Repeat(Physician.MaxBoardCertifications, i => new JsonObject { ["board"] = i == Physician.MaxBoardCertifications - 1 ? "Board 0" : $"Board {i}" }));

        Assert.Equal($"$.answers[0].author.boardCertifications[{Physician.MaxBoardCertifications - 1}]", Assert.Throws<MedQaJsonException>(() => MedQaJson.Deserialize(json)).Path);
    }

    // Point 7: nothing echoed from input can forge a log line or make a message large.
    private const string ForgedLogLine = "\n2025-01-01 [crit] forged\u001b[31m";

    [Fact]
    public void Deserialize_PropertyNameWithControlCharacters_EscapesThemInPathAndMessage()
    {
        var json = Edit(root => root["question"]![ForgedLogLine] = 1);

        var exception = Assert.Throws<MedQaJsonException>(() => MedQaJson.Deserialize(json));

        Assert.DoesNotContain(exception.Message + exception.Path + exception.Problem, char.IsControl);
        Assert.Contains("\\u000A2025-01-01 [crit] forged\\u001B[31m", exception.Problem, StringComparison.Ordinal);
        Assert.Contains("\\u000A2025-01-01", exception.Path, StringComparison.Ordinal);
        Assert.DoesNotContain(ForgedLogLine, exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_HugePropertyName_CapsPathAndMessage()
    {
        var name = new string('x', 10_000_000);
        var json = "{\"question\":{\"" + name + "\":1}}";

        var exception = Assert.Throws<MedQaJsonException>(() => MedQaJson.Deserialize(json));

        Assert.True(exception.Path!.Length <= MedQaJsonException.MaxEchoLength, $"{exception.Path.Length}");
        Assert.EndsWith("…", exception.Path, StringComparison.Ordinal);
        Assert.True(exception.Problem.Length <= MedQaJsonException.MaxProblemLength, $"{exception.Problem.Length}");
        Assert.True(exception.Message.Length <= MedQaJsonException.MaxProblemLength + MedQaJsonException.MaxEchoLength + 100, $"{exception.Message.Length}");
        Assert.True(exception.ToString().Length < 10_000, $"{exception.ToString().Length}");
    }

    [Fact]
    public void Constructor_ForgedPathAndMessage_EscapesAndCapsBoth()
    {
        var exception = new MedQaJsonException("bad \u202Evalue\u2028" + new string('m', 5_000), "$['" + ForgedLogLine + new string('p', 5_000) + "']");

        Assert.DoesNotContain(exception.Message, c => char.IsControl(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator);
        Assert.Equal(MedQaJsonException.MaxEchoLength, exception.Path!.Length);
        Assert.Equal(MedQaJsonException.MaxProblemLength, exception.Problem.Length);
        Assert.StartsWith("bad \\u202Evalue\\u2028mmm", exception.Problem, StringComparison.Ordinal);
    }

    [Property(MaxTest = 300)]
    public Property Constructor_AnyInput_MessageHasNoControlOrFormatCharacterAndPathIsCapped()
        => Prop.ForAll(
            ArbMap.Default.GeneratorFor<string>().Where(text => text is not null).ToArbitrary(),
            ArbMap.Default.GeneratorFor<string>().Where(text => text is not null).ToArbitrary(),
            (problem, path) =>
            {
                var exception = new MedQaJsonException(problem, path);
                return exception.Path!.Length <= MedQaJsonException.MaxEchoLength
                    && exception.Problem.Length <= MedQaJsonException.MaxProblemLength
                    && !exception.Message.Any(c => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
                        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
                    && LoneSurrogatesIn(exception.Message) == 0;
            });

    private static int LoneSurrogatesIn(string text) => MedQa.Serialization.LoneSurrogates.IndexOfFirst(text) < 0 ? 0 : 1;

    [Fact]
    public void Constructor_CapOnASurrogatePair_NeverSplitsIt()
    {
        var exception = new MedQaJsonException("p", "$" + new string('a', MedQaJsonException.MaxEchoLength - 3) + "\U0001F600\U0001F600");

        Assert.Equal(-1, MedQa.Serialization.LoneSurrogates.IndexOfFirst(exception.Path));
        Assert.EndsWith("…", exception.Path, StringComparison.Ordinal);
    }

    // Point 8: a UTF-8 byte-order mark is accepted by every entry point.
    [Fact]
    public async Task Deserialize_FileSavedWithByteOrderMark_ReadsThroughEveryEntryPoint()
    {
        var path = Path.Combine(Path.GetTempPath(), $"medqa-bom-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, Valid, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        try
        {
            var expected = MedQaJson.Deserialize(Valid);
            Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(path)[..3]);

            Assert.Equal(expected, MedQaJson.Deserialize(File.ReadAllBytes(path)));
            Assert.Equal(expected, MedQaJson.Deserialize(File.ReadAllText(path)));
            Assert.Equal(expected, MedQaJson.Deserialize("\uFEFF" + Valid));
            await using var stream = File.OpenRead(path);
            Assert.Equal(expected, await MedQaJson.DeserializeAsync(stream));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Deserialize_ByteOrderMarkTwice_IsMalformed()
        => Assert.Equal("$", Assert.Throws<MedQaJsonException>(() => MedQaJson.Deserialize("\uFEFF\uFEFF" + Valid)).Path);
}
