using System.Text.Json;
using System.Text.Json.Serialization;

namespace MedQa.Serialization;

/// <summary>
/// The source-generated System.Text.Json metadata for reading the wire format: no reflection, so it is trimming- and
/// native-AOT-safe. camelCase names; unknown and duplicate properties, comments and trailing commas are errors; nesting
/// is limited to <see cref="MedQaJson.MaxDepth"/> and strings to <see cref="MedQaJson.MaxStringLength"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    MaxDepth = MedQaJson.MaxDepth,
    Converters = [typeof(LengthLimitedStringConverter), typeof(Rfc3339DateTimeConverter), typeof(IntegralNumberConverter)],
    GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(WireThread))]
internal sealed partial class MedQaJsonContext : JsonSerializerContext
{
}

/// <summary>
/// The source-generated serializer for writing the wire format: camelCase, nulls omitted. Its fast path writes
/// straight to the <see cref="Utf8JsonWriter"/>, with no converters and no reflection.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(WireThread))]
internal sealed partial class MedQaJsonWriteContext : JsonSerializerContext
{
    private static MedQaJsonWriteContext? _indented;

    /// <summary>The same serializer, writing indented JSON.</summary>
    internal static MedQaJsonWriteContext Indented => _indented ??= new MedQaJsonWriteContext(new JsonSerializerOptions(Default.Options) { WriteIndented = true });
}
