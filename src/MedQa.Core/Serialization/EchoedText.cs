using System.Globalization;
using System.Text;

namespace MedQa.Serialization;

/// <summary>
/// Makes text taken from untrusted input safe to put in an exception message or a log line: control, format and
/// line/paragraph separator characters and lone surrogates become <c>\uXXXX</c>, so no input can start a forged log
/// line or colour a terminal, and the result is capped with an ellipsis, so no input can make a message large.
/// </summary>
internal static class EchoedText
{
    /// <summary>The text with invisible characters escaped, at most <paramref name="maxLength"/> characters long (the last one "…" when cut).</summary>
    internal static string Escape(string text, int maxLength)
    {
        if (text.Length <= maxLength && !NeedsEscaping(text))
        {
            return text;
        }

        var builder = new StringBuilder(Math.Min(text.Length, maxLength) + 8);
        var roomForEllipsis = 0; // the length at the last piece boundary that leaves room for "…"
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var piece = pair ? text.Substring(i, 2) : IsUnsafe(c) ? $"\\u{(int)c:X4}" : c.ToString();
            if (builder.Length + piece.Length > maxLength)
            {
                builder.Length = roomForEllipsis;
                builder.Append('…');
                break;
            }

            builder.Append(piece);
            i += pair ? 1 : 0;
            if (builder.Length <= maxLength - 1)
            {
                roomForEllipsis = builder.Length;
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEscaping(string text)
    {
        foreach (var c in text)
        {
            if (IsUnsafe(c))
            {
                return true;
            }
        }

        return false;
    }

    // A surrogate reaching here is lone (pairs are taken whole by Escape).
    private static bool IsUnsafe(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate;
}
