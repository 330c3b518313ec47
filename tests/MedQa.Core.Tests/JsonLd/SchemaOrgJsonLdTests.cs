using System.Buffers;
using System.Text;
using System.Text.Json.Nodes;
using MedQa.Samples;
using MedQa.Serialization;
using MedQa.Tests.Rendering;
using MedQa.Tests.Serialization;

namespace MedQa.Tests.JsonLd;

public class SchemaOrgJsonLdTests
{
    internal static readonly JsonLdOptions SeedOptions = new()
    {
        PageUrl = new Uri("https://www.example.com/questions/how-often-do-people-experience-blood-clots-during-sclerotherapy"),
        Indented = true,
    };

    private readonly QaThread _seed = SeedThread.Build();

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    [Fact]
    public void Generate_SeedThread_MatchesTheCheckedInFile()
    {
        var expected = File.ReadAllText(Path.Combine(MedQaHtmlRendererTests.RepositoryRoot(), "tests", "MedQa.Core.Tests", "JsonLd", "seed-thread.jsonld"));

        Assert.Equal(expected.ReplaceLineEndings("\n").TrimEnd('\n'), SchemaOrgJsonLd.Generate(_seed, SeedOptions).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Generate_SeedThread_MeetsGoogleQaPageRequirements()
    {
        var page = Parse(SchemaOrgJsonLd.Generate(_seed, SeedOptions));
        var question = page["mainEntity"]!.AsObject();
        var answers = question["suggestedAnswer"]!.AsArray();

        Assert.Equal("https://schema.org", (string)page["@context"]!);
        Assert.Equal(["QAPage", "MedicalWebPage"], page["@type"]!.AsArray().Select(type => (string)type!));
        Assert.Equal("Question", (string)question["@type"]!);
        Assert.Equal(SeedThread.Title, (string)question["name"]!);
        Assert.Equal("When blood clots occur from sclerotherapy, how serious are they?", (string)question["text"]!);
        Assert.True((int)question["answerCount"]! >= answers.Count);
        Assert.Equal(4, answers.Count);
        Assert.All(answers, answer =>
        {
            Assert.Equal("Answer", (string)answer!["@type"]!);
            Assert.False(string.IsNullOrWhiteSpace((string)answer["text"]!));
            Assert.StartsWith(SeedOptions.PageUrl + "#answer-", (string)answer["url"]!, StringComparison.Ordinal);
            Assert.Equal(0, (long)answer["upvoteCount"]!);
        });
    }

    [Fact]
    public void Generate_RatedPhysician_OnePersonIndividualPhysicianNodeWithNameAlone()
    {
        var author = Parse(SchemaOrgJsonLd.Generate(_seed))["mainEntity"]!["suggestedAnswer"]![1]!["author"]!.AsObject();

        Assert.Equal(["Person", "IndividualPhysician"], author["@type"]!.AsArray().Select(type => (string)type!));
        Assert.Equal("Mitchel P. Goldman", (string)author["name"]!);
        Assert.Equal("MD", (string)author["honorificSuffix"]!);
        Assert.Equal("Dermatologic Surgeon", (string)author["jobTitle"]!);
        Assert.Equal("San Diego", (string)author["address"]!["addressLocality"]!);
        Assert.Equal(4.9m, (decimal)author["aggregateRating"]!["ratingValue"]!);
        Assert.Equal(5m, (decimal)author["aggregateRating"]!["bestRating"]!);
        Assert.Equal(26, (long)author["aggregateRating"]!["reviewCount"]!);
    }

    [Fact]
    public void Generate_UnnamedOrMissingAuthor_HasNoAuthorNode()
    {
        var answers = Parse(SchemaOrgJsonLd.Generate(_seed))["mainEntity"]!["suggestedAnswer"]!.AsArray();

        Assert.False(answers[0]!.AsObject().ContainsKey("author"));   // "Naples General Surgeon"
        Assert.False(answers[2]!.AsObject().ContainsKey("author"));   // no author shown
        Assert.True(answers[3]!.AsObject().ContainsKey("author"));
    }

    [Fact]
    public void Generate_FullThread_CredentialsNpiSpecialtiesDatesAndLastReviewed()
    {
        var options = new JsonLdOptions
        {
            PageUrl = new Uri("https://example.com/q/botox?ref=1#top"),
            PhysicianProfileBaseUrl = new Uri("https://example.com/doctors/"),
            DatePublished = new DateTimeOffset(2025, 3, 14, 10, 0, 0, TimeSpan.Zero),
            DateModified = new DateTimeOffset(2025, 6, 2, 8, 0, 0, TimeSpan.FromHours(1)),
        };
        var page = Parse(SchemaOrgJsonLd.Generate(MedQaJsonTests.FullThread(), options));
        var answer = page["mainEntity"]!["acceptedAnswer"]![0]!; // the asker marked it "this helped"
        var author = answer["author"]!;
        var credentials = author["hasCredential"]!.AsArray();

        Assert.Equal("https://example.com/q/botox?ref=1", (string)page["url"]!);
        Assert.Equal("2025-06-01", (string)page["lastReviewed"]!);
        Assert.Equal("2025-03-14T10:00:00+00:00", (string)page["datePublished"]!);
        Assert.Equal("2025-06-02T08:00:00+01:00", (string)page["dateModified"]!);
        Assert.Equal("MedicalEntity", (string)page["about"]!["@type"]!);
        Assert.Equal("2025-03-14T09:30:00-05:00", (string)page["mainEntity"]!["dateCreated"]!);
        Assert.Equal("https://example.com/q/botox?ref=1#answer-botox-every-12-weeks", (string)answer["url"]!);
        Assert.Equal("2025-03-15T16:05:00+00:00", (string)answer["datePublished"]!);
        Assert.Equal(42, (long)answer["upvoteCount"]!);
        Assert.Equal(3, (long)answer["downvoteCount"]!);
        Assert.Equal("MD, FAAD", (string)author["honorificSuffix"]!);
        Assert.Equal("https://www.example.com/doctors/jane-roe", (string)author["url"]!); // her own ProfileUrl wins over the base
        Assert.Equal("1234567893", (string)author["usNPI"]!);
        Assert.Equal("MA", (string)author["address"]!["addressRegion"]!);
        Assert.Equal(["https://schema.org/Psychiatric", "https://schema.org/Neurologic"], author["medicalSpecialty"]!.AsArray().Select(value => (string)value!));
        Assert.Equal(2, credentials.Count);
        Assert.Equal("EducationalOccupationalCredential", (string)credentials[0]!["@type"]!);
        Assert.Equal("Board certification", (string)credentials[0]!["credentialCategory"]!);
        Assert.Equal("American Board of Psychiatry and Neurology", (string)credentials[0]!["recognizedBy"]!["name"]!);
        Assert.Equal("American Board of Medical Specialties", (string)credentials[0]!["recognizedBy"]!["memberOf"]!["name"]!);
        Assert.Null(credentials[1]!["recognizedBy"]!["memberOf"]);
    }

    [Fact]
    public void Generate_NoAnswers_IsAMedicalWebPageNotAQaPage()
    {
        var thread = new QaThread(new Question("q", "Unanswered?"), [], MedicalDisclaimer.Standard);

        var page = Parse(SchemaOrgJsonLd.Generate(thread));

        Assert.Equal(["MedicalWebPage"], page["@type"]!.AsArray().Select(type => (string)type!));
        Assert.Equal(0, (int)page["mainEntity"]!["answerCount"]!);
        Assert.Equal("Unanswered?", (string)page["mainEntity"]!["text"]!);
    }

    [Fact]
    public void Generate_RatingWithoutReviews_HasNoAggregateRating()
    {
        var author = new Physician("p", name: "Jane Roe", rating: new StarRating(5m, 0));
        var thread = new QaThread(new Question("q", "Title"), [new Answer("a", "Body", author: author)], MedicalDisclaimer.Standard);

        Assert.Null(Parse(SchemaOrgJsonLd.Generate(thread))["mainEntity"]!["suggestedAnswer"]![0]!["author"]!["aggregateRating"]);
    }

    [Theory]
    [InlineData("</script><script>alert(1)</script>")]
    [InlineData("</SCRIPT >")]
    [InlineData("<!-- <script>")]
    [InlineData("\\u003c/script>")]
    [InlineData("]]></script>")]
    public void ScriptElement_HostileStrings_CannotBreakOut(string attack)
    {
        var thread = RenderFixtures.Thread(field => field + attack);

        var element = SchemaOrgJsonLd.ScriptElement(thread, new JsonLdOptions { PageUrl = new Uri("https://example.com/a?b=<c>") });
        var json = element["<script type=\"application/ld+json\">".Length..^"</script>".Length];

        Assert.StartsWith("<script type=\"application/ld+json\">{", element, StringComparison.Ordinal);
        Assert.EndsWith("}</script>", element, StringComparison.Ordinal);
        Assert.DoesNotContain('<', json);
        Assert.DoesNotContain('>', json);
        Assert.Contains(attack.Contains('<', StringComparison.Ordinal) ? "\\u003C" : "\\u003E", json, StringComparison.Ordinal);
        Assert.Equal("Title" + attack, (string)Parse(json)["mainEntity"]!["name"]!);
        Assert.Equal("Name" + attack, (string)Parse(json)["mainEntity"]!["suggestedAnswer"]![0]!["author"]!["name"]!);
    }

    [Fact]
    public void Write_Utf8_EqualsGenerate()
    {
        var buffer = new ArrayBufferWriter<byte>();
        SchemaOrgJsonLd.Write(_seed, buffer, SeedOptions);

        Assert.Equal(SchemaOrgJsonLd.Generate(_seed, SeedOptions), Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [Fact]
    public void Generate_NonAsciiText_StaysReadable()
    {
        var thread = new QaThread(new Question("q", "Varices – ¿qué riesgos?"), [new Answer("a", "Es raro 😀")], MedicalDisclaimer.Standard);

        var json = SchemaOrgJsonLd.Generate(thread);

        Assert.Contains("\"Varices – ¿qué riesgos?\"", json, StringComparison.Ordinal);
        Assert.Equal("Es raro 😀", (string)Parse(json)["mainEntity"]!["suggestedAnswer"]![0]!["text"]!);
    }

    [Theory]
    [InlineData("ftp://example.com/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/relative/path")]
    public void JsonLdOptions_NonHttpUrl_Throws(string url)
    {
        var uri = new Uri(url, UriKind.RelativeOrAbsolute);

        Assert.Equal("PageUrl", Assert.ThrowsAny<ArgumentException>(() => new JsonLdOptions { PageUrl = uri }).ParamName);
        Assert.Equal("PhysicianProfileBaseUrl", Assert.ThrowsAny<ArgumentException>(() => new JsonLdOptions { PhysicianProfileBaseUrl = uri }).ParamName);
    }

    [Fact]
    public void Methods_NullThread_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => SchemaOrgJsonLd.Generate(null!));
        Assert.Throws<ArgumentNullException>(() => SchemaOrgJsonLd.ScriptElement(null!));
        Assert.Throws<ArgumentNullException>(() => SchemaOrgJsonLd.Write(_seed, null!));
    }

    /// <summary>
    /// Every method that takes a thread writes its answers' text, so it is marked; the profile-page methods take a
    /// physician alone (no answer text), so a profile page is not made to carry the disclaimer by them.
    /// </summary>
    [Fact]
    public void Members_ExposingAnswerText_AreMarkedRequiresMedicalDisclaimer()
    {
        var methods = typeof(SchemaOrgJsonLd).GetMethods().Where(method => method.DeclaringType == typeof(SchemaOrgJsonLd)).ToArray();
        var takingThread = methods.Where(method => method.GetParameters().Any(parameter => parameter.ParameterType == typeof(QaThread))).ToArray();

        Assert.Equal(3, takingThread.Length);
        Assert.All(takingThread, method => Assert.True(method.IsDefined(typeof(RequiresMedicalDisclaimerAttribute), false), method.Name));
        Assert.All(
            methods.Except(takingThread),
            method => Assert.True(method.GetParameters().All(parameter => parameter.ParameterType != typeof(Answer)) && method.Name.Contains("ProfilePage", StringComparison.Ordinal), method.Name));
    }
}
