using System.Buffers;
using System.Text.Unicode;

namespace MedQa.Rendering;

/// <summary>Where the renderers write: a <see cref="TextWriter"/> or a UTF-8 <see cref="IBufferWriter{T}"/>.</summary>
/// <remarks>
/// The renderers are generic over struct sinks, so each output kind gets its own specialized code and
/// rendering to a reused buffer allocates nothing.
/// </remarks>
internal interface ITextSink
{
    void Write(ReadOnlySpan<char> text);
}

internal readonly struct TextWriterSink(TextWriter writer) : ITextSink
{
    public void Write(ReadOnlySpan<char> text) => writer.Write(text);
}

internal readonly struct Utf8Sink(IBufferWriter<byte> writer) : ITextSink
{
    private const int ChunkChars = 1024;

    // Callers never split a surrogate pair between two writes, so each chunk transcodes on its own.
    public void Write(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var length = Math.Min(text.Length, ChunkChars);
            if (length < text.Length && char.IsHighSurrogate(text[length - 1]))
            {
                length--;
            }

            var destination = writer.GetSpan(length * 3);
            Utf8.FromUtf16(text[..length], destination, out var read, out var written);
            writer.Advance(written);
            text = text[read..];
        }
    }
}
