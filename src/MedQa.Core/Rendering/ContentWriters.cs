using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;

namespace MedQa.Rendering;

/// <summary>
/// The two kinds of output a renderer writes: its own literals (markup, labels' separators, numbers and dates it
/// formatted itself with the invariant culture), and text that came from data, which is always escaped.
/// </summary>
internal interface IContentWriter
{
    /// <summary>Writes a literal of the renderer's own, or text it formatted from a number or a date, as is.</summary>
    void Literal(ReadOnlySpan<char> literal);

    /// <summary>Writes text that came from data (or from options): HTML-encoded, or neutralized for a terminal.</summary>
    void Text(ReadOnlySpan<char> text);
}

/// <summary>Writes data text through an <see cref="HtmlEncoder"/>, so it can never become markup, even in an attribute value.</summary>
internal readonly struct HtmlContent<TSink>(TSink sink, HtmlEncoder encoder) : IContentWriter
    where TSink : struct, ITextSink
{
    public void Literal(ReadOnlySpan<char> literal) => sink.Write(literal);

    public void Text(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[256];
        while (!text.IsEmpty)
        {
            // DestinationTooSmall: write what fits and go on with the rest; the encoder never splits a character's reference.
            encoder.Encode(text, buffer, out var consumed, out var written);
            sink.Write(buffer[..written]);
            text = text[consumed..];
        }
    }
}

/// <summary>
/// Writes data text for a terminal or a text file: line breaks inside a field become spaces (so no field can forge
/// another line), and control characters, bidirectional overrides and lone surrogates become U+FFFD (so no escape
/// sequence reaches the terminal, no text can reorder what follows it, and the output is valid UTF-16 that any
/// encoder can write).
/// </summary>
internal readonly struct PlainContent<TSink>(TSink sink) : IContentWriter
    where TSink : struct, ITextSink
{
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\n\u000B\f\r\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F"
        + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F"
        + "\u2028\u2029\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069"
        // Surrogates too: a pair is written whole, a lone one (invalid UTF-16, which no encoder can write) as U+FFFD.
        + string.Concat(Enumerable.Range(0xD800, 0x800).Select(code => (char)code)));

    public void Literal(ReadOnlySpan<char> literal) => sink.Write(literal);

    public void Text(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var at = text.IndexOfAny(Unsafe);
            if (at < 0)
            {
                sink.Write(text);
                return;
            }

            if (char.IsHighSurrogate(text[at]) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1]))
            {
                sink.Write(text[..(at + 2)]);
                text = text[(at + 2)..];
                continue;
            }

            sink.Write(text[..at]);
            sink.Write(text[at] is '\r' or '\n' or '\f' or '\u000B' or '\u0085' or '\u2028' or '\u2029' ? " " : "\uFFFD");
            text = text[(at + 1)..];
        }
    }
}

/// <summary>The lines both renderers share: the seed page's physician lines, votes, numbers and dates, written without allocating.</summary>
internal static class ContentParts
{
    /// <summary>"Mitchel P. Goldman, MD": the same text as <see cref="Physician.DisplayName"/>.</summary>
    internal static void NameLine<TWriter>(TWriter writer, Physician physician)
        where TWriter : struct, IContentWriter
    {
        writer.Text(physician.Name);
        foreach (var credential in physician.Credentials)
        {
            writer.Literal(", ");
            writer.Text(credential.Abbreviation);
        }
    }

    /// <summary>"San Diego Dermatologic Surgeon": the same text as <see cref="Physician.PracticeLine"/>.</summary>
    internal static void PracticeLine<TWriter>(TWriter writer, Physician physician)
        where TWriter : struct, IContentWriter
    {
        writer.Text(physician.City);
        if (physician.City is not null && physician.Specialty is not null)
        {
            writer.Literal(" ");
        }

        writer.Text(physician.Specialty);
    }

    /// <summary>"4.9 out of 5 stars 26 reviews": the same text as <see cref="Physician.RatingLine"/>.</summary>
    internal static void RatingLine<TWriter>(TWriter writer, StarRating rating)
        where TWriter : struct, IContentWriter
    {
        Decimal(writer, rating.Value);
        writer.Literal(" out of ");
        Decimal(writer, rating.BestValue);
        writer.Literal(" stars ");
        Number(writer, rating.ReviewCount);
        writer.Literal(rating.ReviewCount == 1 ? " review" : " reviews");
    }

    /// <summary>"Board certified in Dermatology by the American Board of Dermatology": <see cref="BoardCertification.ToString"/>.</summary>
    internal static void BoardLine<TWriter>(TWriter writer, BoardCertification certification)
        where TWriter : struct, IContentWriter
    {
        if (certification.Specialty is null)
        {
            writer.Literal("Board certified by the ");
        }
        else
        {
            writer.Literal("Board certified in ");
            writer.Text(certification.Specialty);
            writer.Literal(" by the ");
        }

        writer.Text(certification.Board.Name);
    }

    /// <summary>The seed template's vote display, such as "+1".</summary>
    internal static void Votes<TWriter>(TWriter writer, VoteTally votes)
        where TWriter : struct, IContentWriter
    {
        Span<char> buffer = stackalloc char[VoteDisplay.MaxLength];
        VoteDisplay.TryFormat(votes.Net, buffer, out var written);
        writer.Literal(buffer[..written]);
    }

    internal static void Number<TWriter>(TWriter writer, long value)
        where TWriter : struct, IContentWriter
    {
        Span<char> buffer = stackalloc char[20];
        value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        writer.Literal(buffer[..written]);
    }

    /// <summary>A date and time as an HTML "valid global date and time string", in UTC: "2024-05-01T13:45:00Z".</summary>
    internal static void MachineDateTime<TWriter>(TWriter writer, DateTimeOffset value)
        where TWriter : struct, IContentWriter
    {
        Span<char> buffer = stackalloc char[20];
        value.UtcDateTime.TryFormat(buffer, out var written, "yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);
        writer.Literal(buffer[..written]);
    }

    /// <summary>The calendar date as written at its own offset: "2024-05-01".</summary>
    internal static void Date<TWriter>(TWriter writer, DateTimeOffset value)
        where TWriter : struct, IContentWriter
        => Date(writer, DateOnly.FromDateTime(value.DateTime));

    internal static void Date<TWriter>(TWriter writer, DateOnly value)
        where TWriter : struct, IContentWriter
    {
        Span<char> buffer = stackalloc char[10];
        value.TryFormat(buffer, out var written, "yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);
        writer.Literal(buffer[..written]);
    }

    private static void Decimal<TWriter>(TWriter writer, decimal value)
        where TWriter : struct, IContentWriter
    {
        Span<char> buffer = stackalloc char[32];
        value.TryFormat(buffer, out var written, "0.##", CultureInfo.InvariantCulture);
        writer.Literal(buffer[..written]);
    }
}
