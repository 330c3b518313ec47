using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;

namespace MedQa.AspNetCore.Json;

/// <summary>
/// <see cref="MedQa.Serialization.MedQaJsonResolver"/> for the app's JSON options: <see cref="QaThread"/> in the wire
/// format, with reading errors recorded on the request; null for every other type, left to the app's resolvers.
/// </summary>
internal sealed class MedQaWebJsonResolver(IHttpContextAccessor accessor) : IJsonTypeInfoResolver
{
    private readonly RecordingQaThreadConverter _converter = new(accessor);

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
        => type == typeof(QaThread) ? JsonMetadataServices.CreateValueInfo<QaThread>(options, _converter) : null;
}
