using System.Text.Json;
using System.Text.Json.Serialization;

namespace MedQa.Serialization;

/// <summary>
/// Reads a count as JSON Schema's <c>integer</c> means it: any number whose value has no fractional part, so
/// <c>42</c>, <c>42.0</c> and <c>4.2e1</c> are all 42 (JSON does not tell them apart, and neither does the schema);
/// <c>1.5</c> and values beyond <see cref="long"/> are rejected.
/// </summary>
internal sealed class IntegralNumberConverter : JsonConverter<long>
{
    public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw NotAnInteger();
        }

        if (reader.TryGetInt64(out var value))
        {
            return value;
        }

        // decimal holds every long exactly, and rejects (rather than rounds) magnitudes beyond ~7.9e28.
        return reader.TryGetDecimal(out var number) && number == decimal.Truncate(number) && number is >= long.MinValue and <= long.MaxValue
            ? (long)number
            : throw NotAnInteger();
    }

    public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options) => writer.WriteNumberValue(value);

    private static JsonException NotAnInteger() => new("The value is not an integer.");
}
