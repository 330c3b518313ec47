using System.Text;
using System.Text.Json;

namespace MedQa.Serialization;

/// <summary>
/// Finds and neutralizes lone surrogates (invalid UTF-16) in JSON text before the serializer transcodes it to UTF-8,
/// which would otherwise throw an <see cref="ArgumentException"/> rather than a <see cref="JsonException"/>.
/// </summary>
internal static class LoneSurrogates
{
    /// <summary>The index of the first surrogate at or after <paramref name="start"/> that is not half of a pair, or -1.</summary>
    internal static int IndexOfFirst(ReadOnlySpan<char> text, int start = 0)
    {
        for (var at = start; ;)
        {
            var next = text[at..].IndexOfAnyInRange('\uD800', '\uDFFF');
            if (next < 0)
            {
                return -1;
            }

            at += next;
            if (char.IsHighSurrogate(text[at]) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1]))
            {
                at += 2;
                continue;
            }

            return at;
        }
    }

    /// <summary>A copy of the text with every lone surrogate replaced by U+0000, which is invalid anywhere in JSON text.</summary>
    internal static string ReplaceWithNul(ReadOnlySpan<char> text)
    {
        var copy = text.ToArray();
        for (var at = IndexOfFirst(copy); at >= 0; at = IndexOfFirst(copy, at + 1))
        {
            copy[at] = '\0';
        }

        return new string(copy);
    }

    /// <summary>Whether the reader's error is at or after the first lone surrogate, so that it reports that character.</summary>
    internal static bool IsAtOrAfter(JsonException exception, ReadOnlySpan<char> text, int index)
    {
        if (exception.LineNumber is not { } line || exception.BytePositionInLine is not { } position)
        {
            return false;
        }

        var before = text[..index];
        var surrogateLine = before.Count('\n');
        var lineStart = before.LastIndexOf('\n') + 1;
        var surrogatePosition = Encoding.UTF8.GetByteCount(before[lineStart..]);
        return line > surrogateLine || (line == surrogateLine && position >= surrogatePosition);
    }
}
