using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;

namespace MedQa.Serialization;

// The entry points for hosts that tune the writer (encoder, indentation) and callers that prefer a result to an
// exception; the wire format's core entry points are in MedQaJson.cs.
public static partial class MedQaJson
{
    /// <summary>Serializes a thread with the writer options the host chooses, such as its encoder.</summary>
    /// <param name="thread">The thread.</param>
    /// <param name="options">
    /// The writer's options: <see cref="JsonWriterOptions.Encoder"/> decides which characters are escaped (the default,
    /// <see cref="System.Text.Encodings.Web.JavaScriptEncoder.Default"/>, escapes every non-ASCII character;
    /// <c>JavaScriptEncoder.Create(UnicodeRanges.All)</c> writes them as they are and still escapes HTML-sensitive
    /// ones), <see cref="JsonWriterOptions.Indented"/> whether to indent.
    /// </param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="thread"/> is null.</exception>
    public static string Serialize(QaThread thread, JsonWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(thread);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            JsonSerializer.Serialize(writer, WireMapper.ToWire(thread), MedQaJsonWriteContext.Default.WireThread);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Serializes a thread as UTF-8 JSON to a stream, with the writer options the host chooses.</summary>
    /// <param name="thread">The thread.</param>
    /// <param name="utf8Json">The stream to write to; it is left open.</param>
    /// <param name="options">The writer's options, as for <see cref="Serialize(QaThread, JsonWriterOptions)"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Serialize(QaThread thread, Stream utf8Json, JsonWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, options);
        JsonSerializer.Serialize(writer, WireMapper.ToWire(thread), MedQaJsonWriteContext.Default.WireThread);
    }

    /// <summary>Reads a thread from JSON text, reporting bad input as a result instead of an exception.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="thread">The thread, complete and valid, when the method returns true; otherwise null.</param>
    /// <param name="error">What is wrong and at which JSON path, when the method returns false; otherwise null.</param>
    /// <returns>Whether <paramref name="json"/> is a valid thread.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static bool TryDeserialize(string json, [NotNullWhen(true)] out QaThread? thread, [NotNullWhen(false)] out MedQaJsonException? error)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            thread = Deserialize(json);
            error = null;
            return true;
        }
        catch (MedQaJsonException exception)
        {
            thread = null;
            error = exception;
            return false;
        }
    }

    /// <summary>Reads a thread from UTF-8 JSON, reporting bad input as a result instead of an exception.</summary>
    /// <param name="utf8Json">The UTF-8 bytes of the JSON text.</param>
    /// <param name="thread">The thread, complete and valid, when the method returns true; otherwise null.</param>
    /// <param name="error">What is wrong and at which JSON path, when the method returns false; otherwise null.</param>
    /// <returns>Whether <paramref name="utf8Json"/> is a valid thread.</returns>
    public static bool TryDeserialize(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out QaThread? thread, [NotNullWhen(false)] out MedQaJsonException? error)
    {
        try
        {
            thread = Deserialize(utf8Json);
            error = null;
            return true;
        }
        catch (MedQaJsonException exception)
        {
            thread = null;
            error = exception;
            return false;
        }
    }
}
