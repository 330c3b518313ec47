using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace MedQa.Serialization;

/// <summary>
/// The System.Text.Json metadata for MedQa's wire format: put it in a <see cref="JsonSerializerOptions"/>' resolver
/// chain and <see cref="JsonSerializer"/> (and with it ASP.NET Core's <c>Results.Json</c>, <c>[FromBody]</c> and
/// <c>ReadFromJsonAsync</c>) reads and writes a <see cref="QaThread"/> exactly as <see cref="MedQaJson"/> does.
/// </summary>
/// <remarks>
/// <para>
/// <c>options.TypeInfoResolverChain.Insert(0, MedQaJsonResolver.Instance)</c> adds it in front of the host's own
/// resolvers; <c>new JsonSerializerOptions { TypeInfoResolver = MedQaJsonResolver.Instance }</c> uses it alone. It
/// answers for <see cref="QaThread"/> only (the unit of the wire format) and returns null for every other type, so
/// the next resolver in the chain answers for those. It uses no reflection: safe under trimming and native AOT.
/// </para>
/// <para>
/// One difference with <see cref="MedQaJson"/>: <c>JsonSerializer.Deserialize&lt;QaThread&gt;(string, options)</c>
/// transcodes the string to UTF-8 before this resolver's converter runs, so a lone surrogate in that string (invalid
/// UTF-16) throws System.Text.Json's own <see cref="ArgumentException"/>, which no resolver can intercept. Use
/// <see cref="MedQaJson.Deserialize(string)"/> for text held in a .NET string (it throws <see cref="MedQaJsonException"/>
/// at the value's path); UTF-8 and stream input, what ASP.NET Core reads, is not affected.
/// </para>
/// <para>The instance is stateless and thread-safe.</para>
/// </remarks>
public sealed class MedQaJsonResolver : IJsonTypeInfoResolver
{
    private static readonly QaThreadJsonConverter Converter = new();

    private MedQaJsonResolver()
    {
    }

    /// <summary>The resolver.</summary>
    public static MedQaJsonResolver Instance { get; } = new();

    /// <summary>Returns the wire format's metadata for <see cref="QaThread"/>, and null for any other type.</summary>
    /// <param name="type">The type to serialize.</param>
    /// <param name="options">The options asking.</param>
    /// <returns>The metadata, or null when <paramref name="type"/> is not <see cref="QaThread"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(options);
        return type == typeof(QaThread) ? JsonMetadataServices.CreateValueInfo<QaThread>(options, Converter) : null;
    }
}
