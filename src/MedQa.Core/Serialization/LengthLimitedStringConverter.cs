using System.Text.Json;
using System.Text.Json.Serialization;

namespace MedQa.Serialization;

/// <summary>
/// Reads strings up to <see cref="MedQaJson.MaxStringLength"/> characters, rejecting longer ones before allocating
/// them when their encoded length already proves them too long.
/// </summary>
internal sealed class LengthLimitedStringConverter : JsonConverter<string>
{
    // A character takes at most 6 bytes of JSON ("\uXXXX"), so a longer token cannot be a short enough string.
    private const long MaxTokenBytes = MedQaJson.MaxStringLength * 6L;

    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string, found {Describe(reader.TokenType)}.");
        }

        var bytes = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (bytes > MaxTokenBytes)
        {
            throw TooLong();
        }

        var value = reader.GetString()!;
        return value.Length <= MedQaJson.MaxStringLength ? value : throw TooLong();
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    private static JsonException TooLong()
        => new($"The string is longer than the format's limit of {MedQaJson.MaxStringLength} characters.");

    internal static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
