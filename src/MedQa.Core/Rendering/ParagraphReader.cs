using System.Buffers;

namespace MedQa.Rendering;

/// <summary>
/// Walks a body's paragraphs and their lines without allocating: the same split as <see cref="Answer.Paragraphs"/>
/// (paragraphs at blank lines, each line trimmed at its end, each paragraph trimmed), as ranges of the text.
/// </summary>
internal ref struct ParagraphReader
{
    // The line endings string.ReplaceLineEndings recognizes: CR, LF, CRLF, NEL, LS, FF, PS.
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\r\n\f\u0085\u2028\u2029");

    private readonly ReadOnlySpan<char> _text;
    private int _position;

    public ParagraphReader(ReadOnlySpan<char> text) => _text = text;

    /// <summary>Moves to the next paragraph; <paramref name="paragraph"/> is its text, lines still separated by line breaks.</summary>
    public bool TryReadParagraph(out ReadOnlySpan<char> paragraph)
    {
        var start = -1;
        var end = -1;
        while (_position < _text.Length)
        {
            var lineStart = _position;
            var rest = _text[_position..];
            var breakAt = rest.IndexOfAny(LineBreaks);
            var line = breakAt < 0 ? rest : rest[..breakAt];
            _position = breakAt < 0 ? _text.Length : _position + breakAt + BreakLength(rest[breakAt..]);
            if (line.IsWhiteSpace())
            {
                if (start >= 0)
                {
                    break;
                }

                continue;
            }

            if (start < 0)
            {
                start = lineStart + (line.Length - line.TrimStart().Length);
            }

            end = lineStart + line.TrimEnd().Length;
        }

        if (start < 0)
        {
            paragraph = default;
            return false;
        }

        paragraph = _text[start..end];
        return true;
    }

    /// <summary>Splits a paragraph from <see cref="TryReadParagraph"/> into its lines, each trimmed at its end.</summary>
    public static bool TryReadLine(ref ReadOnlySpan<char> paragraph, out ReadOnlySpan<char> line)
    {
        if (paragraph.IsEmpty)
        {
            line = default;
            return false;
        }

        var breakAt = paragraph.IndexOfAny(LineBreaks);
        if (breakAt < 0)
        {
            line = paragraph.TrimEnd();
            paragraph = default;
            return true;
        }

        line = paragraph[..breakAt].TrimEnd();
        paragraph = paragraph[(breakAt + BreakLength(paragraph[breakAt..]))..];
        return true;
    }

    private static int BreakLength(ReadOnlySpan<char> atBreak) => atBreak is ['\r', '\n', ..] ? 2 : 1;
}
