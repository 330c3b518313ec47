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
