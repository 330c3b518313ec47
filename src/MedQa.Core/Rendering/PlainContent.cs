using System.Buffers;

namespace MedQa.Rendering;

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
