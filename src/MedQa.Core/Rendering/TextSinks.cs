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

/// <summary>
/// Writes UTF-8 to an <see cref="IBufferWriter{T}"/>, staging the renderer's many small writes in a per-thread char
/// buffer so each transcoding and buffer-writer call covers kilobytes, not a tag. Begin with <see cref="Start"/> and
/// end with <see cref="Finish"/>, which flushes the staged text and hands the buffer back.
/// </summary>
internal readonly struct Utf8Sink(IBufferWriter<byte> writer, Utf8Staging staging) : ITextSink
{
    private const int ChunkChars = 1024;

    /// <summary>A sink over <paramref name="writer"/> with this thread's staging buffer.</summary>
    internal static Utf8Sink Start(IBufferWriter<byte> writer) => new(writer, Utf8Staging.Rent());

    /// <summary>Writes what is staged and returns the staging buffer for the next render on this thread.</summary>
    internal void Finish()
    {
        Flush();
        Utf8Staging.Return(staging);
    }

    public void Write(ReadOnlySpan<char> text)
    {
        var chars = staging.Chars;
        if (text.Length > chars.Length - staging.Count)
        {
            Flush();
            if (text.Length > chars.Length)
            {
                Transcode(text);
                return;
            }
        }

        text.CopyTo(chars.AsSpan(staging.Count));
        staging.Count += text.Length;
    }

    public void Flush()
    {
        Transcode(staging.Chars.AsSpan(0, staging.Count));
        staging.Count = 0;
    }

    // Callers never split a surrogate pair between two writes, and chunks here never end inside one, so each chunk
    // transcodes on its own.
    private void Transcode(ReadOnlySpan<char> text)
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

/// <summary>The staging buffer of <see cref="Utf8Sink"/>: one per thread, reused, so rendering to UTF-8 allocates nothing.</summary>
internal sealed class Utf8Staging
{
    [ThreadStatic]
    private static Utf8Staging? _cached;

    internal char[] Chars { get; } = new char[4096];

    internal int Count { get; set; }

    /// <summary>Takes this thread's buffer (or a new one, if a render on this thread is already using it).</summary>
    internal static Utf8Staging Rent()
    {
        var staging = _cached ?? new Utf8Staging();
        _cached = null;
        staging.Count = 0;
        return staging;
    }

    internal static void Return(Utf8Staging staging) => _cached = staging;
}
