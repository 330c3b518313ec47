using System.Text.Encodings.Web;

namespace MedQa.Rendering;

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
