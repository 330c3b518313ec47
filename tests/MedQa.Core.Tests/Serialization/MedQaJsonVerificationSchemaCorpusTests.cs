using System.Text.Json.Nodes;
using MedQa.Serialization;
using static MedQa.Tests.Serialization.MedQaJsonSchemaCorpusTests;

namespace MedQa.Tests.Serialization;

/// <summary>Issue 12: the schema and the reader agree on licences, profile URLs and certification dates, except the reader-only checks docs/json-format.md lists.</summary>
public class MedQaJsonVerificationSchemaCorpusTests
{
    private static readonly string Valid = MedQaJson.Serialize(MedQaJsonTests.FullThread());

    private static string Edit(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(Valid)!.AsObject();
        edit(root);
        return root.ToJsonString();
    }

    private static JsonObject Author(JsonObject root) => root["answers"]![0]!["author"]!.AsObject();

    private static JsonObject Licence(JsonObject root, int index = 0) => Author(root)["licences"]![index]!.AsObject();

    private static readonly Dictionary<string, (string Json, Verdict Verdict)> Corpus = new()
    {
        ["baseline"] = (Valid, Verdict.Valid),
        ["licence without verification"] = (Edit(root => Licence(root).Remove("verifiedAt")), Verdict.Valid),
        ["licence verifiedAt null"] = (Edit(root => Licence(root)["verifiedAt"] = null), Verdict.Valid),
        ["licences null"] = (Edit(root => Author(root)["licences"] = null), Verdict.Valid),
        ["licences empty"] = (Edit(root => Author(root)["licences"] = new JsonArray()), Verdict.Valid),
        ["licence without expiry"] = (Edit(root => Licence(root).Remove("expiresAt")), Verdict.Invalid),
        ["licence expiry null"] = (Edit(root => Licence(root)["expiresAt"] = null), Verdict.Invalid),
        ["licence status unknown"] = (Edit(root => Licence(root)["status"] = "lapsed"), Verdict.Invalid),
        ["licence status missing"] = (Edit(root => Licence(root).Remove("status")), Verdict.Invalid),
        ["licence number of 65 characters"] = (Edit(root => Licence(root)["number"] = new string('7', 65)), Verdict.Invalid),
        ["licence number of 64 characters"] = (Edit(root => Licence(root)["number"] = new string('7', 64)), Verdict.Valid),
        ["licence number invisible"] = (Edit(root => Licence(root)["number"] = "--"), Verdict.Invalid),
        ["licence with an unknown property"] = (Edit(root => Licence(root)["board"] = "x"), Verdict.Invalid),
        ["licence repeated exactly"] = (Edit(root => Author(root)["licences"]![1] = Licence(root).DeepClone()), Verdict.Invalid),
        ["licence repeated ignoring case"] = (Edit(root => { Licence(root, 1)["number"] = "md-271828"; Licence(root, 1)["jurisdiction"] = "Massachusetts Board of Registration in Medicine"; }), Verdict.ReaderOnly),
        ["licence expiry not after verification"] = (Edit(root => Licence(root)["expiresAt"] = "2024-01-01T00:00:00Z"), Verdict.ReaderOnly),
        ["licence expiry 0001-01-01"] = (Edit(root => { Licence(root).Remove("verifiedAt"); Licence(root)["expiresAt"] = "0001-01-01T00:00:00Z"; }), Verdict.ReaderOnly),
        ["101 licences"] = (Edit(root => Author(root)["licences"] = new JsonArray([.. Enumerable.Range(0, 101).Select(i => (JsonNode)new JsonObject { ["number"] = $"A{i}", ["jurisdiction"] = "NY", ["status"] = "active", ["expiresAt"] = "2027-01-01T00:00:00Z" })])), Verdict.Invalid),
        ["profile URL null"] = (Edit(root => Author(root)["profileUrl"] = null), Verdict.Valid),
        ["profile URL relative"] = (Edit(root => Author(root)["profileUrl"] = "/doctors/jane-roe"), Verdict.Invalid),
        ["profile URL with a space"] = (Edit(root => Author(root)["profileUrl"] = "https://example.com/a b"), Verdict.Invalid),
        ["profile URL with a bad port"] = (Edit(root => Author(root)["profileUrl"] = "https://example.com:99999/"), Verdict.ReaderOnly),
        ["certification end not after verification"] = (Edit(root => Author(root)["boardCertifications"]![0]!["validUntil"] = "2020-01-01T00:00:00Z"), Verdict.ReaderOnly),
        ["certification end without verification"] = (Edit(root => Author(root)["boardCertifications"]![0]!.AsObject().Remove("verifiedAt")), Verdict.Valid),
        ["certification date malformed"] = (Edit(root => Author(root)["boardCertifications"]![0]!["verifiedAt"] = "yesterday"), Verdict.Invalid),
        ["reviewer with licences"] = (Edit(root => root["reviewedBy"]!["licences"] = Author(root)["licences"]!.DeepClone()), Verdict.Valid),
    };

    public static TheoryData<string> Cases() => new(Corpus.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public void SchemaAndReader_VerificationEdgeCase_Agree(string @case)
    {
        var (json, verdict) = Corpus[@case];

        MedQaJsonSchemaCorpusTests.AssertSchemaAndReaderAgree(@case, json, verdict);
    }
}
