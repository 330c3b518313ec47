using System.Text.Json.Nodes;
using MedQa.Serialization;

namespace MedQa.Tests.Serialization;

/// <summary>Issue 12: version 2 carries physicians' licences, profile URLs and certification verification dates, validated like every field.</summary>
public class MedQaJsonVerificationTests
{
    private static readonly string Valid = MedQaJson.Serialize(MedQaJsonTests.FullThread());

    private static string Edit(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(Valid)!.AsObject();
        edit(root);
        return root.ToJsonString();
    }

    /// <summary>answers[0]'s author, jane-roe: two licences, a profile URL, a dated certification.</summary>
    private static JsonObject Author(JsonObject root) => root["answers"]![0]!["author"]!.AsObject();

    private static JsonObject Licence(JsonObject root, int index = 0) => Author(root)["licences"]![index]!.AsObject();

    private static JsonObject Certification(JsonObject root) => Author(root)["boardCertifications"]![0]!.AsObject();

    private static JsonArray Repeat(int count, Func<int, JsonNode> item) => new([.. Enumerable.Range(0, count).Select(item)]);

    private const string Licences = "$.answers[0].author.licences";

    [Fact]
    public void Deserialize_Version2Sample_ReadsLicencesProfileUrlAndCertificationDates()
    {
        var author = MedQaJsonTests.FullThread().Answers[0].Author!;
        // Assert.Equal<MedicalLicence>: a bare collection expression would become an ImmutableArray, compared by reference.
        Assert.Equal<MedicalLicence>(
            [
                new MedicalLicence("MD-271828", "Massachusetts Board of Registration in Medicine", LicenceStatus.Active,
                    new DateTimeOffset(2025, 1, 10, 14, 0, 0, TimeSpan.FromHours(-5)), new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.FromHours(-5))),
                new MedicalLicence("314159", "New York State Board for Medicine", LicenceStatus.Expired,
                    new DateTimeOffset(2024, 6, 1, 9, 0, 0, TimeSpan.FromHours(-4)), new DateTimeOffset(2025, 1, 31, 0, 0, 0, TimeSpan.FromHours(-5))),
            ],
            author.Licences);
        Assert.Equal("https://www.example.com/doctors/jane-roe", author.ProfileUrl!.OriginalString);
        Assert.Equal(new DateTimeOffset(2025, 1, 10, 14, 0, 0, TimeSpan.FromHours(-5)), author.BoardCertifications[0].VerifiedAt);
        Assert.Equal(new DateTimeOffset(2030, 12, 31, 0, 0, 0, TimeSpan.FromHours(-5)), author.BoardCertifications[0].ValidUntil);
        Assert.Null(author.BoardCertifications[1].VerifiedAt);
        Assert.True(author.IsVerifiedAt(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.False(author.IsVerifiedAt(new DateTimeOffset(2027, 3, 1, 5, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Serialize_Licence_WritesEveryFieldInOrderWithTheStatusInCamelCase()
        => Assert.Contains(
            "\"licences\":[{\"number\":\"MD-271828\",\"jurisdiction\":\"Massachusetts Board of Registration in Medicine\",\"status\":\"active\",\"verifiedAt\":\"2025-01-10T14:00:00-05:00\",\"expiresAt\":\"2027-03-01T00:00:00-05:00\"},",
            Valid,
            StringComparison.Ordinal);

    [Fact]
    public void Serialize_NoLicencesNoProfileUrlNoDates_OmitsThem()
    {
        var json = MedQaJson.Serialize(MedQa.Samples.SeedThread.Build());

        Assert.DoesNotContain("\"licences\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"profileUrl\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"verifiedAt\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"validUntil\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_ProfileUrl_KeepsTheTextAsWritten()
    {
        var json = Edit(root => Author(root)["profileUrl"] = "HTTPS://Example.com/ärzte/jane-roe?tab=1");

        Assert.Equal("HTTPS://Example.com/ärzte/jane-roe?tab=1", MedQaJson.Deserialize(json).Answers[0].Author!.ProfileUrl!.OriginalString);
    }

    public static TheoryData<string, string, string, string> Cases() => new()
    {
        { "status unknown", Edit(root => Licence(root)["status"] = "lapsed"), Licences + "[0].status", "The value is not \"active\", \"inactive\", \"expired\", \"suspended\", \"revoked\" or \"surrendered\"." },
        { "status in another case", Edit(root => Licence(root)["status"] = "Active"), Licences + "[0].status", "The value is not \"active\"" },
        { "status missing", Edit(root => Licence(root).Remove("status")), Licences + "[0].status", "The value is required" },
        { "expiry missing", Edit(root => Licence(root).Remove("expiresAt")), Licences + "[0].expiresAt", "The value is required" },
        { "expiry at verification", Edit(root => Licence(root)["expiresAt"] = "2025-01-10T14:00:00-05:00"), Licences + "[0].expiresAt", "Licence expiry must be after its verification" },
        { "expiry before verification", Edit(root => Licence(root)["expiresAt"] = "2025-01-10T18:59:59Z"), Licences + "[0].expiresAt", "Licence expiry must be after its verification" },
        { "expiry the default value", Edit(root => { Licence(root).Remove("verifiedAt"); Licence(root)["expiresAt"] = "0001-01-01T00:00:00Z"; }), Licences + "[0].expiresAt", "Licence expiry is required" },
        { "expiry without an offset", Edit(root => Licence(root)["expiresAt"] = "2027-03-01T00:00:00"), Licences + "[0].expiresAt", "" },
        { "number blank", Edit(root => Licence(root)["number"] = "\u200B"), Licences + "[0].number", "Licence number must be" },
        { "number too long", Edit(root => Licence(root)["number"] = new string('7', MedicalLicence.MaxNumberLength + 1)), Licences + "[0].number", "Licence number must be" },
        { "jurisdiction missing", Edit(root => Licence(root).Remove("jurisdiction")), Licences + "[0].jurisdiction", "The value is required" },
        { "licence null", Edit(root => Author(root)["licences"]![0] = null), Licences + "[0]", "The value is required" },
        { "licence repeated ignoring case", Edit(root => { Licence(root, 1)["number"] = "md-271828"; Licence(root, 1)["jurisdiction"] = "MASSACHUSETTS Board of Registration in Medicine"; }), Licences + "[1]", "The licence \"md-271828\" of \"MASSACHUSETTS Board of Registration in Medicine\" repeats" },
        { "101 licences", Edit(root => Author(root)["licences"] = Repeat(Physician.MaxLicences + 1, i => new JsonObject { ["number"] = $"A{i}", ["jurisdiction"] = "NY", ["status"] = "active", ["expiresAt"] = "2027-01-01T00:00:00Z" })), Licences, "The list has 101 items; the format allows at most 100." },
        { "unknown property in a licence", Edit(root => Licence(root)["board"] = "x"), Licences + "[0].board", "Unknown property" },
        { "profile URL relative", Edit(root => Author(root)["profileUrl"] = "/doctors/jane-roe"), "$.answers[0].author.profileUrl", "" },
        { "profile URL javascript:", Edit(root => Author(root)["profileUrl"] = "javascript:alert(1)"), "$.answers[0].author.profileUrl", "Profile URL must be an absolute http or https URL" },
        { "profile URL with a space", Edit(root => Author(root)["profileUrl"] = "https://example.com/jane roe"), "$.answers[0].author.profileUrl", "Profile URL must not contain white space" },
        { "profile URL over 2,000 characters", Edit(root => Author(root)["profileUrl"] = "https://example.com/" + new string('a', 2_000)), "$.answers[0].author.profileUrl", "The URL has 2,020 characters" },
        { "profile URL a number", Edit(root => Author(root)["profileUrl"] = 7), "$.answers[0].author.profileUrl", "" },
        { "certification end at verification", Edit(root => Certification(root)["validUntil"] = "2025-01-10T19:00:00Z"), "$.answers[0].author.boardCertifications[0].validUntil", "Certification end must be after its verification" },
        { "certification date without an offset", Edit(root => Certification(root)["verifiedAt"] = "2025-01-10"), "$.answers[0].author.boardCertifications[0].verifiedAt", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Deserialize_BadVerificationField_ThrowsMedQaJsonExceptionAtPath(string @case, string json, string path, string problemStart)
    {
        var exception = Assert.Throws<MedQaJsonException>(() => MedQaJson.Deserialize(json));

        Assert.True(path == exception.Path, $"{@case}: expected {path}, got {exception.Path}: {exception.Message}");
        Assert.StartsWith(problemStart, exception.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_LicencesAtTheirMaximum_Read()
    {
        var json = Edit(root => Author(root)["licences"] = Repeat(Physician.MaxLicences, i => new JsonObject { ["number"] = $"A{i}", ["jurisdiction"] = "NY", ["status"] = "active", ["expiresAt"] = "2027-01-01T00:00:00Z" }));

        Assert.Equal(Physician.MaxLicences, MedQaJson.Deserialize(json).Answers[0].Author!.Licences.Length);
    }

    public static TheoryData<string, string, string> Version2PhysicianFields() => new()
    {
        { "licences", "[]", "$.answers[0].author.licences" },
        { "profileUrl", "\"https://example.com/doctors/jane-roe\"", "$.answers[0].author.profileUrl" },
        { "verifiedAt", "\"2025-01-10T14:00:00Z\"", "$.answers[0].author.boardCertifications[0].verifiedAt" },
        { "validUntil", "\"2030-01-10T14:00:00Z\"", "$.answers[0].author.boardCertifications[0].validUntil" },
    };

    [Theory]
    [MemberData(nameof(Version2PhysicianFields))]
    public void Deserialize_Version2PhysicianFieldInVersion1File_ThrowsAtTheField(string field, string value, string path)
    {
        var root = JsonNode.Parse(MedQaJsonTests.SampleText("full-thread.json"))!.AsObject();
        var author = root["answers"]![0]!["author"]!.AsObject();
        (field is "verifiedAt" or "validUntil" ? author["boardCertifications"]![0]!.AsObject() : author)[field] = JsonNode.Parse(value);

        var exception = Assert.Throws<MedQaJsonException>(() => MedQaJson.Deserialize(root.ToJsonString()));

        Assert.Equal(path, exception.Path);
        Assert.StartsWith($"'{field}' is a field of format version 2, but the document is version 1", exception.Problem, StringComparison.Ordinal);
        Assert.False(MedQaJsonSchemaTests.Validate(root.ToJsonString()).IsValid, "The schema accepts a version-2 physician field in a version-1 document.");
    }
}
