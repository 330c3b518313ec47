using System.Text.Json;
using System.Text.Json.Serialization;

namespace MedQa.Serialization;

/// <summary>
/// The source-generated System.Text.Json metadata of the wire format: no reflection, so serialization is trimming- and
/// native-AOT-safe. camelCase names, ISO 8601 dates, enums as strings, nulls omitted; on read, unknown and duplicate
/// properties, comments and trailing commas are errors, and nesting is limited to <see cref="MedQaJson.MaxDepth"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    MaxDepth = MedQaJson.MaxDepth,
    Converters = [typeof(LengthLimitedStringConverter)])]
[JsonSerializable(typeof(WireThread))]
internal sealed partial class MedQaJsonContext : JsonSerializerContext
{
    private static MedQaJsonContext? _indented;

    /// <summary>The same metadata, writing indented JSON.</summary>
    internal static MedQaJsonContext Indented => _indented ??= new MedQaJsonContext(new JsonSerializerOptions(Default.Options) { WriteIndented = true });
}
