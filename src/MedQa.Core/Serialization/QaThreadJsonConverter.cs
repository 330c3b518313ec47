using System.Text.Json;
using System.Text.Json.Serialization;

namespace MedQa.Serialization;

/// <summary>
/// Reads and writes a <see cref="QaThread"/> in MedQa's wire format (docs/json-format.md) inside any
/// <see cref="JsonSerializer"/> call: the same shape, limits and validation as <see cref="MedQaJson"/>, whatever the
/// surrounding <see cref="JsonSerializerOptions"/>' naming policy or converters.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="QaThread"/> carries this converter in a <see cref="JsonConverterAttribute"/>, so reflection-based and
/// source-generated serializers use it with no configuration; <see cref="MedQaJsonResolver"/> brings it to options
/// whose resolvers know nothing of MedQa (reflection disabled, a source-generated context of the host's own).
/// </para>
/// <para>
/// A bad value is reported as a <see cref="MedQaJsonException"/> whose path starts at the thread's own object
/// (<c>$.answers[2].id</c>): exact when the thread is the document, as for a request body. The JSON token
/// <c>null</c> reads as a null thread, as for any reference type; <see cref="MedQaJson.Deserialize(string)"/> rejects
/// it. The writer's <see cref="JsonWriterOptions.Encoder"/> and indentation apply. Instances are stateless and
/// thread-safe.
/// </para>
/// </remarks>
public sealed class QaThreadJsonConverter : JsonConverter<QaThread>
{
    /// <summary>Reads a thread in the wire format.</summary>
    /// <param name="reader">The reader, at the thread's first token.</param>
    /// <param name="typeToConvert">The type to read: <see cref="QaThread"/>.</param>
    /// <param name="options">The caller's options; the wire format's own settings apply instead.</param>
    /// <returns>The thread, complete and valid.</returns>
    /// <exception cref="MedQaJsonException">The JSON is not a valid thread; the exception names the path.</exception>
    public override QaThread Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        WireThread? wire;
        try
        {
            wire = JsonSerializer.Deserialize(ref reader, MedQaJsonContext.Default.WireThread);
        }
        catch (JsonException exception)
        {
            throw MedQaJson.Translate(exception);
        }

        return WireMapper.ToModel(wire);
    }

    /// <summary>Writes a thread in the wire format.</summary>
    /// <param name="writer">The writer; its encoder and indentation apply.</param>
    /// <param name="value">The thread.</param>
    /// <param name="options">The caller's options; the wire format's own names apply instead.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public override void Write(Utf8JsonWriter writer, QaThread value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        JsonSerializer.Serialize(writer, WireMapper.ToWire(value), MedQaJsonWriteContext.Default.WireThread);
    }
}
