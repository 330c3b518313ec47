using System.Text.Json;
using System.Text.RegularExpressions;

namespace MedQa.Serialization;

/// <summary>
/// The JSON wire format of a <see cref="QaThread"/> (docs/json-format.md, schema docs/medqa-thread.schema.json):
/// serialize threads for storage and exchange, and read them back with every value validated by the model.
/// </summary>
/// <remarks>
/// <para>
/// camelCase property names, ISO 8601 dates (<c>2024-05-01T09:30:00-04:00</c>; <c>lastReviewed</c> is a date,
/// <c>2024-06-01</c>), enums as camelCase strings, absent optional values omitted. Serialization uses source-generated
/// metadata only, so it is safe under trimming and native AOT.
/// </para>
/// <para>
/// Reading either returns a complete, valid thread or throws a <see cref="MedQaJsonException"/> (a
/// <see cref="JsonException"/>) naming the JSON path of the first bad value; it never returns a partial thread. Unknown
/// or duplicate properties, comments and trailing commas are errors; strings are limited to
/// <see cref="MaxStringLength"/> characters (and each field to the model's own limit), nesting to
/// <see cref="MaxDepth"/>. All members are thread-safe.
/// </para>
/// </remarks>
public static partial class MedQaJson
{
    /// <summary>
    /// The wire-format version this library writes, as the root's <c>"version"</c>: 2, which added the answers'
    /// lifecycle and trust fields and the thread's reviewer. Every version from 1 (files without <c>"version"</c>) to
    /// this one reads; a later one is an error naming the version.
    /// </summary>
    public const int FormatVersion = 2;

    /// <summary>The deepest nesting accepted: 16 levels (a thread needs 7), so no input can exhaust the stack.</summary>
    public const int MaxDepth = 16;

    /// <summary>The longest string accepted, in UTF-16 characters: 100,000, the model's limit for any text.</summary>
    /// <remarks>Longer strings are rejected while reading, before they are allocated when their size shows it.</remarks>
    public const int MaxStringLength = 100_000;

    /// <summary>Serializes a thread.</summary>
    /// <param name="thread">The thread.</param>
    /// <param name="indented">Whether to indent the JSON for people to read.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="thread"/> is null.</exception>
    public static string Serialize(QaThread thread, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(thread);
        var context = indented ? MedQaJsonWriteContext.Indented : MedQaJsonWriteContext.Default;
        return JsonSerializer.Serialize(WireMapper.ToWire(thread), context.WireThread);
    }

    /// <summary>Serializes a thread as UTF-8 JSON to a stream.</summary>
    /// <param name="thread">The thread.</param>
    /// <param name="utf8Json">The stream to write to; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Serialize(QaThread thread, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(utf8Json);
        // Through a writer, so the source-generated fast path writes straight to the stream.
        using var writer = new Utf8JsonWriter(utf8Json);
        JsonSerializer.Serialize(writer, WireMapper.ToWire(thread), MedQaJsonWriteContext.Default.WireThread);
    }

    /// <summary>Reads a thread from JSON text.</summary>
    /// <param name="json">The JSON text; a leading byte-order mark (U+FEFF) is skipped.</param>
    /// <returns>The thread, complete and valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="MedQaJsonException">
    /// The JSON is malformed (including text that is not valid UTF-16, such as a lone surrogate) or is not a valid
    /// thread; the exception names the path.
    /// </exception>
    public static QaThread Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var text = json.AsSpan();
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        // The serializer would throw ArgumentException transcoding a lone surrogate; replaced by NUL, which JSON
        // allows nowhere unescaped, it fails as malformed JSON at its own position and path instead.
        var loneSurrogate = LoneSurrogates.IndexOfFirst(text);
        string? repaired = loneSurrogate < 0 ? null : LoneSurrogates.ReplaceWithNul(text);
        WireThread? wire;
        try
        {
            wire = JsonSerializer.Deserialize(repaired is null ? text : repaired.AsSpan(), MedQaJsonContext.Default.WireThread);
        }
        catch (JsonException exception)
        {
            throw loneSurrogate >= 0 && LoneSurrogates.IsAtOrAfter(exception, text, loneSurrogate)
                ? new MedQaJsonException(
                    "The text holds a lone surrogate (invalid UTF-16), which JSON cannot carry.", exception.Path ?? "$", exception.LineNumber, exception.BytePositionInLine, null)
                : Translate(exception);
        }

        return WireMapper.ToModel(wire);
    }

    /// <summary>Reads a thread from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The UTF-8 bytes of the JSON text; a leading byte-order mark (EF BB BF) is skipped.</param>
    /// <returns>The thread, complete and valid.</returns>
    /// <exception cref="MedQaJsonException">The JSON is malformed or is not a valid thread; the exception names the path.</exception>
    public static QaThread Deserialize(ReadOnlySpan<byte> utf8Json)
    {
        // As File.ReadAllText and the stream reader do, so File.ReadAllBytes of a file saved with a BOM reads too.
        if (utf8Json.StartsWith(Utf8ByteOrderMark))
        {
            utf8Json = utf8Json[Utf8ByteOrderMark.Length..];
        }

        WireThread? wire;
        try
        {
            wire = JsonSerializer.Deserialize(utf8Json, MedQaJsonContext.Default.WireThread);
        }
        catch (JsonException exception)
        {
            throw Translate(exception);
        }

        return WireMapper.ToModel(wire);
    }

    /// <summary>Reads a thread from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream to read; it is left open.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The thread, complete and valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="MedQaJsonException">The JSON is malformed or is not a valid thread; the exception names the path.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static async ValueTask<QaThread> DeserializeAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        WireThread? wire;
        try
        {
            wire = await JsonSerializer.DeserializeAsync(utf8Json, MedQaJsonContext.Default.WireThread, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException exception)
        {
            throw Translate(exception);
        }

        return WireMapper.ToModel(wire);
    }

    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    internal static MedQaJsonException Translate(JsonException exception)
    {
        if (exception is MedQaJsonException ours)
        {
            return ours;
        }

        // The serializer's own messages end with "Path: … | LineNumber: …", which the new message repeats, and name
        // internal .NET types, which mean nothing to the author of the JSON.
        var message = exception.Message;
        var at = message.IndexOf(" Path: ", StringComparison.Ordinal);
        var problem = at > 0 ? message[..at] : message;
        problem = WrongType().Replace(problem, match => ReaderMessages.WrongType(exception.Path, Expected(match.Groups[1].Value)));
        problem = UnknownProperty().Replace(problem, match => $"Unknown property '{MedQaJsonException.Quote(match.Groups[1].Value)}': the format allows no other properties.");
        problem = DuplicateProperty().Replace(problem, match => $"Duplicate property '{MedQaJsonException.Quote(match.Groups[1].Value)}'.");
        problem = ReaderMessages.WithoutReaderAdvice(problem);

        // No inner exception: the serializer's message repeats raw input (property names) that this one escapes.
        return new MedQaJsonException(problem, exception.Path ?? "$", exception.LineNumber, exception.BytePositionInLine, null);
    }

    private static string Expected(string type) => type switch
    {
        _ when type.Contains("System.Int64", StringComparison.Ordinal) => "an integer",
        _ when type.Contains("System.Decimal", StringComparison.Ordinal) => "a number",
        _ when type.Contains("System.DateTimeOffset", StringComparison.Ordinal) => "an ISO 8601 date and time with an offset, such as \"2024-05-01T09:30:00-04:00\"",
        _ when type.Contains("System.DateOnly", StringComparison.Ordinal) => "an ISO 8601 date, such as \"2024-06-01\"",
        _ when type.Contains("System.String", StringComparison.Ordinal) => "a valid string",
        _ when type.Contains("System.Boolean", StringComparison.Ordinal) => "true or false",
        _ when type.Contains("List`1", StringComparison.Ordinal) => "an array",
        _ when type.Contains(".Wire", StringComparison.Ordinal) => "an object",
        _ => "of the expected type",
    };

    [GeneratedRegex(@"^The JSON value could not be converted to (\S+)\.")]
    private static partial Regex WrongType();

    [GeneratedRegex(@"^The JSON property '(.*)' could not be mapped to any \.NET member contained in type '[^']*'\.", RegexOptions.Singleline)]
    private static partial Regex UnknownProperty();

    [GeneratedRegex(@"^Duplicate property '(.*)' encountered during deserialization of type '[^']*'\.", RegexOptions.Singleline)]
    private static partial Regex DuplicateProperty();
}
