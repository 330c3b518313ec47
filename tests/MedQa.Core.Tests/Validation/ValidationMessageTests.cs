using System.Text.Json.Nodes;
using MedQa.Rendering;
using MedQa.Serialization;
using MedQa.Tests.Serialization;

namespace MedQa.Tests.Validation;

/// <summary>
/// Every validation message names the field as a user knows it, says what is allowed, fits on one line, and carries
/// none of the runtime's English resource text (" (Parameter 'x')", "Actual value was …").
/// </summary>
public class ValidationMessageTests
{
    public static TheoryData<string, string, string> Exact() => new()
    {
        { "up votes", "up", "Up votes must be 0 or more; got -1." },
        { "down votes", "down", "Down votes must be 0 or more; got -7." },
        { "question title", "title", "Question title must be text of 1 to 200 characters with a letter or digit; got \" \"." },
        { "headline", "headline", "Headline must be null (absent) or text of 1 to 200 characters with a letter or digit; got \"\"." },
        { "answer id", "id", "Answer id must be 1 to 128 ASCII letters, digits, '-', '_' or '.'; got \"a b\"." },
        { "null disclaimer", "disclaimer", "Disclaimer is required; got null." },
        { "review count", "reviewCount", "Review count must be 0 or more; got -1." },
        { "heading level", "HeadingLevel", "Heading level must be 1, 2, 3 or 4 (the question's h1 to h4); got 5." },
        { "confidence", "confidence", "Confidence level must be a number strictly between 0 and 1, such as 0.95; got 1." },
        { "emergency number", "number", "Emergency number must be 2 to 15 ASCII digits, such as \"911\"; got \"9-1-1\"." },
    };

    private static readonly Dictionary<string, Action> Constructions = new()
    {
        ["up votes"] = () => _ = new VoteTally(-1, 0),
        ["down votes"] = () => _ = new VoteTally(0, -7),
        ["question title"] = () => _ = new Question("q", " "),
        ["headline"] = () => _ = new Answer("a", "Body", headline: ""),
        ["answer id"] = () => _ = new Answer("a b", "Body"),
        ["null disclaimer"] = () => _ = new QaThread(new Question("q", "T"), [], null!),
        ["review count"] = () => _ = new StarRating(4.5, -1),
        ["heading level"] = () => _ = new RenderOptions { HeadingLevel = 5 },
        ["confidence"] = () => _ = WilsonScore.ZForConfidence(1),
        ["emergency number"] = () => _ = new EmergencyNumber("US", "9-1-1"),
    };

    /// <summary>One bad call per kind of check, from every public type that validates.</summary>
    public static TheoryData<string> AllCases() => [.. AllConstructions.Keys];

    private static readonly Dictionary<string, Action> AllConstructions = new(Constructions)
    {
        ["null title"] = () => _ = new Question("q", null!),
        ["long body"] = () => _ = new Answer("a", new string('x', 100_001)),
        ["long id"] = () => _ = new Question(new string('x', 10_000), "T"),
        ["id with a line break"] = () => _ = new Question("a\nb\u202Ec", "T"),
        ["physician name"] = () => _ = new Physician("p", name: "\t"),
        ["duplicate credential"] = () => _ = new Physician("p", credentials: [Credential.MD, Credential.MD]),
        ["default credential"] = () => _ = new Physician("p", credentials: [default]),
        ["null certification"] = () => _ = new Physician("p", boardCertifications: [null!]),
        ["default NPI"] = () => _ = new Physician("p", npi: default(Npi)),
        ["default rating"] = () => _ = new Physician("p", rating: default(StarRating)),
        ["rating value"] = () => _ = new StarRating(1e30, 1),
        ["rating scale"] = () => _ = new StarRating(1m, 1, 0m),
        ["prior mean"] = () => _ = new RatingPrior(4, 5),
        ["prior weight"] = () => _ = new RatingPrior(0.8, double.PositiveInfinity),
        ["duplicate answers"] = () => _ = new QaThread(new Question("q", "T"), [new Answer("a", "1"), new Answer("a", "2")], MedicalDisclaimer.Standard),
        ["null answer"] = () => _ = new QaThread(new Question("q", "T"), [null!], MedicalDisclaimer.Standard),
        ["credential"] = () => _ = new Credential("M D", CredentialKind.Degree),
        ["credential kind"] = () => _ = new Credential("MD", (CredentialKind)9),
        ["unknown credential"] = () => _ = Credential.Parse("XYZ"),
        ["board name"] = () => _ = CertifyingBoard.FromName(" "),
        ["certification board"] = () => _ = new BoardCertification(null!),
        ["region code"] = () => _ = new EmergencyNumber("GBR", "999"),
        ["unknown region"] = () => _ = EmergencyNumber.ForRegion("ZZ"),
        ["statement without number"] = () => _ = new MedicalDisclaimer("Educational.", "Call your doctor.\nNow.", "No relationship.", EmergencyNumber.UnitedStates),
        ["blank statement"] = () => _ = new MedicalDisclaimer(" ", "Call 911.", "No relationship.", EmergencyNumber.UnitedStates),
        ["default emergency number"] = () => _ = new MedicalDisclaimer("Educational.", "Call 911.", "No relationship.", default),
        ["check digit"] = () => _ = Npi.CheckDigit("12345"),
        ["null NPI"] = () => _ = Npi.Parse(null!),
        ["answer order"] = () => _ = AnswerRanking.Order([], (AnswerOrder)42),
        ["z"] = () => _ = WilsonScore.LowerBoundForZ(1, 0, double.NaN),
        ["duplicate physicians"] = () => _ = PhysicianRanking.Order([new Physician("p"), new Physician("p")]),
        ["label"] = () => _ = new RenderOptions { AnswersHeading = "" },
        ["encoder"] = () => _ = new RenderOptions { Encoder = null! },
        ["page URL"] = () => _ = new JsonLdOptions { PageUrl = new Uri("/relative", UriKind.Relative) },
    };

    [Theory]
    [MemberData(nameof(Exact))]
    public void Message_NamesTheFieldAsAUserKnowsIt(string @case, string paramName, string message)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(Constructions[@case]);

        Assert.Equal(paramName, exception.ParamName);
        Assert.Equal(message, exception.Message);
    }

    [Theory]
    [MemberData(nameof(AllCases))]
    public void Message_IsOneShortLineWithoutRuntimeText(string @case)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(AllConstructions[@case]);

        Assert.NotNull(exception.ParamName);
        AssertOneLine(exception.Message);
        Assert.True(exception.Message.Length <= 400, $"{@case}: {exception.Message.Length} characters");
        Assert.Equal(exception.Message, exception.ToString().Split(Environment.NewLine)[0].Split(": ", 2)[1]);
    }

    [Fact]
    public void Message_EchoesInputEscapedAndCapped()
    {
        var longId = Assert.ThrowsAny<ArgumentException>(AllConstructions["long id"]).Message;
        var breakId = Assert.ThrowsAny<ArgumentException>(AllConstructions["id with a line break"]).Message;

        Assert.EndsWith("got \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"… (10,000 characters).", longId, StringComparison.Ordinal);
        Assert.EndsWith("got \"a\\nb\\u202Ec\".", breakId, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(MedQaJsonBadInputTests.Cases), MemberType = typeof(MedQaJsonBadInputTests))]
    public void Deserialize_BadInput_ProblemIsOneLineWithoutRuntimeAdvice(string @case, string json, string path)
    {
        var exception = Assert.Throws<MedQaJsonException>(() => MedQaJson.Deserialize(json));

        Assert.True(path == exception.Path, @case);
        AssertOneLine(exception.Problem);
        AssertOneLine(exception.Message);
        Assert.DoesNotContain("Change the reader options", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("isFinalBlock", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("JsonReaderOptions", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_HugeRating_SaysWhatIsAllowed()
    {
        var json = Edit(root => root["answers"]![0]!["author"]!["rating"]!["value"] = 1e30);

        var exception = Assert.Throws<MedQaJsonException>(() => MedQaJson.Deserialize(json));

        Assert.Equal("$.answers[0].author.rating.value", exception.Path);
        Assert.StartsWith("Rating must be a number from 0 to the best value of its scale (5 unless bestValue says otherwise)", exception.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_NegativeUpVotes_SaysUpVotes()
    {
        var json = Edit(root => root["answers"]![0]!["votes"]!["up"] = -1);

        Assert.Equal("Up votes must be 0 or more; got -1.", Assert.Throws<MedQaJsonException>(() => MedQaJson.Deserialize(json)).Problem);
    }

    private static string Edit(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(MedQaJson.Serialize(MedQaJsonTests.FullThread()))!.AsObject();
        edit(root);
        return root.ToJsonString();
    }

    private static void AssertOneLine(string message)
    {
        Assert.DoesNotContain('\n', message);
        Assert.DoesNotContain('\r', message);
        Assert.DoesNotContain("(Parameter '", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Actual value was", message, StringComparison.Ordinal);
    }
}
