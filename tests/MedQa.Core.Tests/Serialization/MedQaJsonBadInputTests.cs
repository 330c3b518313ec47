using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedQa.Serialization;

namespace MedQa.Tests.Serialization;

/// <summary>Every kind of bad input the issue lists: one exception type, naming the JSON path, and never a thread.</summary>
public class MedQaJsonBadInputTests
{
    private static readonly string Valid = MedQaJson.Serialize(MedQaJsonTests.FullThread());

    /// <summary>The full sample thread with one edit: answers[0] has an author with credentials, boards, NPI and rating.</summary>
    private static string Edit(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(Valid)!.AsObject();
        edit(root);
        return root.ToJsonString();
    }

    private static JsonObject Author(JsonObject root) => root["answers"]![0]!["author"]!.AsObject();

    public static TheoryData<string, string, string> Cases() => new()
    {
        // Malformed JSON.
        { "truncated", Valid[..^20], "$" },
        { "not JSON", "<html>", "$" },
        { "empty", "", "$" },
        { "trailing content", Valid + "{}", "$" },
        { "trailing comma", Valid[..^1] + ",}", "$" },
        { "comment", "/* c */" + Valid, "$" },
        { "single quotes", Valid.Replace("\"title\"", "'title'", StringComparison.Ordinal), "$.question" },
        { "invalid UTF-16 escape", Edit(root => root["question"]!["title"] = "x").Replace("\"title\":\"x\"", "\"title\":\"\\uD800\"", StringComparison.Ordinal), "$.question.title" },

        // Wrong types.
        { "root is an array", "[]", "$" },
        { "root is null", "null", "$" },
        { "question is a string", Edit(root => root["question"] = "q"), "$.question" },
        { "title is a number", Edit(root => root["question"]!["title"] = 42), "$.question.title" },
        { "answers is an object", Edit(root => root["answers"] = new JsonObject()), "$.answers" },
        { "votes up is a string", Edit(root => root["answers"]![0]!["votes"]!["up"] = "3"), "$.answers[0].votes.up" },
        { "votes up is fractional", Edit(root => root["answers"]![0]!["votes"]!["up"] = 1.5), "$.answers[0].votes.up" },
        { "votes up overflows", Edit(root => root["answers"]![0]!["votes"]!["up"] = 1e30), "$.answers[0].votes.up" },
        { "askedAt is not a date", Edit(root => root["question"]!["askedAt"] = "yesterday"), "$.question.askedAt" },
        { "lastReviewed has a time", Edit(root => root["lastReviewed"] = "2025-06-01T00:00:00Z"), "$.lastReviewed" },
        { "credential kind unknown", Edit(root => Author(root)["credentials"]![0]!["kind"] = "doctor"), "$.answers[0].author.credentials[0].kind" },
        { "credential kind as number", Edit(root => Author(root)["credentials"]![0]!["kind"] = 0), "$.answers[0].author.credentials[0].kind" },
        { "npi is a number", Edit(root => Author(root)["npi"] = 1234567893), "$.answers[0].author.npi" },
        { "answer is null", Edit(root => root["answers"]![0] = null), "$.answers[0]" },

        // Missing required fields.
        { "question missing", Edit(root => root.Remove("question")), "$.question" },
        { "title missing", Edit(root => root["question"]!.AsObject().Remove("title")), "$.question.title" },
        { "question id missing", Edit(root => root["question"]!.AsObject().Remove("id")), "$.question.id" },
        { "answers missing", Edit(root => root.Remove("answers")), "$.answers" },
        { "answer body missing", Edit(root => root["answers"]![1]!.AsObject().Remove("body")), "$.answers[1].body" },
        { "answer id null", Edit(root => root["answers"]![1]!["id"] = null), "$.answers[1].id" },
        { "physician id missing", Edit(root => Author(root).Remove("id")), "$.answers[0].author.id" },
        { "votes down missing", Edit(root => root["answers"]![0]!["votes"]!.AsObject().Remove("down")), "$.answers[0].votes.down" },
        { "rating value missing", Edit(root => Author(root)["rating"]!.AsObject().Remove("value")), "$.answers[0].author.rating.value" },
        { "credential kind missing", Edit(root => Author(root)["credentials"]![1]!.AsObject().Remove("kind")), "$.answers[0].author.credentials[1].kind" },
        { "board name missing", Edit(root => Author(root)["boardCertifications"]![0]!.AsObject().Remove("board")), "$.answers[0].author.boardCertifications[0].board" },

        // Values the model rejects.
        { "blank title", Edit(root => root["question"]!["title"] = " \t "), "$.question.title" },
        { "empty title", Edit(root => root["question"]!["title"] = ""), "$.question.title" },
        { "title over 200 characters", Edit(root => root["question"]!["title"] = new string('t', 201)), "$.question.title" },
        { "blank body", Edit(root => root["answers"]![1]!["body"] = "\n\n"), "$.answers[1].body" },
        { "blank optional headline", Edit(root => root["answers"]![0]!["headline"] = " "), "$.answers[0].headline" },
        { "blank physician name", Edit(root => Author(root)["name"] = ""), "$.answers[0].author.name" },
        { "id not URL-safe", Edit(root => root["answers"]![1]!["id"] = "a b\"<"), "$.answers[1].id" },
        { "duplicate answer ids", Edit(root => root["answers"]![1]!["id"] = root["answers"]![0]!["id"]!.GetValue<string>()), "$.answers[1].id" },
        { "negative up votes", Edit(root => root["answers"]![0]!["votes"]!["up"] = -1), "$.answers[0].votes.up" },
        { "negative down votes", Edit(root => root["answers"]![1]!["votes"]!["down"] = -2), "$.answers[1].votes.down" },
        { "negative review count", Edit(root => Author(root)["rating"]!["reviewCount"] = -1), "$.answers[0].author.rating.reviewCount" },
        { "rating above the scale", Edit(root => Author(root)["rating"]!["value"] = 5.1), "$.answers[0].author.rating.value" },
        { "rating below the scale", Edit(root => Author(root)["rating"]!["value"] = -0.5), "$.answers[0].author.rating.value" },
        { "scale of zero", Edit(root => Author(root)["rating"]!["bestValue"] = 0), "$.answers[0].author.rating.bestValue" },
        { "NPI check digit wrong", Edit(root => Author(root)["npi"] = "1234567890"), "$.answers[0].author.npi" },
        { "NPI too short", Edit(root => Author(root)["npi"] = "123456789"), "$.answers[0].author.npi" },
        { "NPI starts with 3", Edit(root => Author(root)["npi"] = "3234567891"), "$.answers[0].author.npi" },
        { "credential malformed", Edit(root => Author(root)["credentials"]![0]!["abbreviation"] = "M D"), "$.answers[0].author.credentials[0].abbreviation" },
        { "credential repeated", Edit(root => Author(root)["credentials"]![1] = Author(root)["credentials"]![0]!.DeepClone()), "$.answers[0].author.credentials[1]" },
        { "board certification repeated", Edit(root => Author(root)["boardCertifications"]![1] = Author(root)["boardCertifications"]![0]!.DeepClone()), "$.answers[0].author.boardCertifications[1]" },
        { "blank board name", Edit(root => Author(root)["boardCertifications"]![0]!["board"] = " "), "$.answers[0].author.boardCertifications[0].board" },

        // A missing or incomplete disclaimer.
        { "disclaimer missing", Edit(root => root.Remove("disclaimer")), "$.disclaimer" },
        { "disclaimer null", Edit(root => root["disclaimer"] = null), "$.disclaimer" },
        { "educational statement missing", Edit(root => root["disclaimer"]!.AsObject().Remove("educationalStatement")), "$.disclaimer.educationalStatement" },
        { "emergency statement missing", Edit(root => root["disclaimer"]!.AsObject().Remove("emergencyStatement")), "$.disclaimer.emergencyStatement" },
        { "no-relationship statement blank", Edit(root => root["disclaimer"]!["noRelationshipStatement"] = " "), "$.disclaimer.noRelationshipStatement" },
        { "emergency statement without the number", Edit(root => root["disclaimer"]!["emergencyStatement"] = "Call your doctor."), "$.disclaimer.emergencyStatement" },
        { "emergency number missing", Edit(root => root["disclaimer"]!.AsObject().Remove("emergencyNumber")), "$.disclaimer.emergencyNumber" },
        { "emergency number not digits", Edit(root => root["disclaimer"]!["emergencyNumber"]!["number"] = "9-9-9"), "$.disclaimer.emergencyNumber.number" },
        { "region code malformed", Edit(root => root["disclaimer"]!["emergencyNumber"]!["regionCode"] = "GBR"), "$.disclaimer.emergencyNumber.regionCode" },

        // Properties the format does not have.
        { "unknown property", Edit(root => Author(root)["website"] = "https://example.com"), "$.answers[0].author.website" },
        { "misspelled optional property", Edit(root => root["answers"]![0]!["headLine"] = "x"), "$.answers[0].headLine" },
        { "duplicate property", Valid.Replace("\"question\":{\"id\":", "\"question\":{\"id\":\"x\",\"id\":", StringComparison.Ordinal), "$.question.id" },

        // Limits.
        { "string over the size limit", Edit(root => root["answers"]![0]!["body"] = new string('b', MedQaJson.MaxStringLength + 1)), "$.answers[0].body" },
        { "string far over the size limit", Edit(root => root["answers"]![0]!["body"] = new string('b', MedQaJson.MaxStringLength * 7)), "$.answers[0].body" },
        { "escaped string over the size limit", Valid.Replace("\"body\":\"", "\"body\":\"" + string.Concat(Enumerable.Repeat("\\u0041", MedQaJson.MaxStringLength + 1)), StringComparison.Ordinal), "$.question.body" },
        { "nesting deeper than the limit", Valid.Replace("\"title\":", "\"title\":" + new string('[', 10_000) + new string(']', 10_000) + ",\"x\":", StringComparison.Ordinal), "$.question.title" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Deserialize_BadInput_ThrowsMedQaJsonExceptionAtPath(string @case, string json, string path)
    {
        var exception = Assert.Throws<MedQaJsonException>(() => MedQaJson.Deserialize(json));

        Assert.True(path == exception.Path, $"{@case}: expected {path}, got {exception.Path}: {exception.Message}");
        Assert.EndsWith(path, exception.Message.Split(" Path: ")[1].Split(" | ")[0], StringComparison.Ordinal);
        Assert.IsAssignableFrom<JsonException>(exception);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task DeserializeAsync_BadInput_ThrowsMedQaJsonExceptionAtPath(string @case, string json, string path)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var exception = await Assert.ThrowsAsync<MedQaJsonException>(async () => await MedQaJson.DeserializeAsync(stream));

        Assert.True(path == exception.Path, $"{@case}: expected {path}, got {exception.Path}: {exception.Message}");
        Assert.Equal(path, Assert.Throws<MedQaJsonException>(() => MedQaJson.Deserialize(Encoding.UTF8.GetBytes(json))).Path);
    }

    [Fact]
    public void Deserialize_ModelRejection_KeepsTheModelExceptionInside()
    {
        var exception = Assert.Throws<MedQaJsonException>(() => MedQaJson.Deserialize(Edit(root => root["question"]!["title"] = " ")));

        Assert.Equal("title", Assert.IsAssignableFrom<ArgumentException>(exception.InnerException).ParamName);
        Assert.DoesNotContain("(Parameter", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_WrongType_ExplainsWithoutInternalTypeNames()
    {
        var exception = Assert.Throws<MedQaJsonException>(() => MedQaJson.Deserialize(Edit(root => root["answers"]![0]!["votes"]!["up"] = "3")));

        Assert.StartsWith("The value is not an integer. Path: $.answers[0].votes.up | LineNumber: 0 | BytePositionInLine: ", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("MedQa.Serialization", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_MalformedJson_GivesThePosition()
    {
        var exception = Assert.Throws<MedQaJsonException>(() => MedQaJson.Deserialize("{\n  \"question\": {,\n}"));

        Assert.Equal(1, exception.LineNumber);
        Assert.Equal(15, exception.BytePositionInLine);
        Assert.Contains("LineNumber: 1 | BytePositionInLine: 15.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeserializeAsync_NestingLargerThanTheReadBuffer_StopsAtTheDepthLimit()
    {
        // A stream larger than the read buffer is read ahead value by value, so deep nesting meets the depth limit
        // (not the stack) before any type check.
        var json = Valid.Replace("\"title\":", "\"title\":" + new string('[', 100_000) + new string(']', 100_000) + ",\"x\":", StringComparison.Ordinal);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var exception = await Assert.ThrowsAsync<MedQaJsonException>(async () => await MedQaJson.DeserializeAsync(stream));

        Assert.StartsWith("The maximum configured depth of 16 has been exceeded.", exception.Message, StringComparison.Ordinal);
        Assert.Equal("$.question.title", exception.Path);
    }

    [Fact]
    public void Deserialize_ValidBaseline_Reads() => Assert.Equal(MedQaJsonTests.FullThread(), MedQaJson.Deserialize(Valid));
}
