using System.Text.Json;
using System.Text.Json.Serialization;

namespace MedQa.Serialization;

/// <summary>
/// Reads a date and time only with an explicit offset (RFC 3339's <c>date-time</c>): <c>2025-03-14T09:30:00-05:00</c>,
/// <c>…Z</c>, up to 7 digits of fractional seconds, <c>t</c> and <c>z</c> in either case. A value without an offset
/// (<c>2025-03-14T09:30:00</c>, <c>2025-03-14</c>) is rejected: read in the server's time zone, the same file would
/// mean different instants on different servers. docs/medqa-thread.schema.json's <c>dateTime</c> pattern says the same.
/// </summary>
internal sealed class Rfc3339DateTimeConverter : JsonConverter<DateTimeOffset>
{
    // "yyyy-MM-ddTHH:mm:ss" + ".fffffff" + "+hh:mm": 33 characters at most.
    private const int MaxLength = 33;

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Invalid();
        }

        var bytes = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (bytes > MaxLength * 6L)
        {
            throw Invalid();
        }

        Span<char> buffer = stackalloc char[MaxLength * 6];
        var length = reader.CopyString(buffer);
        return TryParse(buffer[..length], out var value) ? value : throw Invalid();
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    /// <summary>Parses RFC 3339's date-time with an offset; seconds 00 to 59 (DateTimeOffset has no leap second).</summary>
    internal static bool TryParse(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        value = default;
        if (text.Length is < 20 or > MaxLength
            || text[4] != '-' || text[7] != '-' || text[10] is not ('T' or 't') || text[13] != ':' || text[16] != ':'
            || !Digits(text, 0, 4, out var year) || !Digits(text, 5, 2, out var month) || !Digits(text, 8, 2, out var day)
            || !Digits(text, 11, 2, out var hour) || !Digits(text, 14, 2, out var minute) || !Digits(text, 17, 2, out var second))
        {
            return false;
        }

        var at = 19;
        long ticks = 0;
        if (text[at] == '.')
        {
            var start = ++at;
            while (at < text.Length && char.IsAsciiDigit(text[at]))
            {
                at++;
            }

            var digits = at - start;
            if (digits is 0 or > 7)
            {
                return false;
            }

            _ = Digits(text, start, digits, out var fraction);
            ticks = fraction * (long)Math.Pow(10, 7 - digits);
        }

        TimeSpan offset;
        var zone = text[at..];
        if (zone is "Z" or "z")
        {
            offset = TimeSpan.Zero;
        }
        else if (zone.Length == 6 && zone[0] is '+' or '-' && zone[3] == ':'
            && Digits(zone, 1, 2, out var offsetHours) && Digits(zone, 4, 2, out var offsetMinutes)
            && offsetMinutes < 60 && offsetHours * 60 + offsetMinutes <= 14 * 60)
        {
            offset = new TimeSpan(offsetHours, offsetMinutes, 0);
            offset = zone[0] == '-' ? -offset : offset;
        }
        else
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(ticks);
        var utcTicks = local.Ticks - offset.Ticks;
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        value = new DateTimeOffset(local, offset);
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> text, int start, int count, out int number)
    {
        number = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }

            number = number * 10 + (text[i] - '0');
        }

        return true;
    }

    private static JsonException Invalid()
        => new("The value is not a date and time with an offset, such as \"2024-05-01T09:30:00-04:00\" or \"2024-05-01T13:30:00Z\".");
}
