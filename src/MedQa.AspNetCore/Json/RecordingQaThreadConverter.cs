using System.Text.Json;
using System.Text.Json.Serialization;
using MedQa.Serialization;
using Microsoft.AspNetCore.Http;

namespace MedQa.AspNetCore.Json;

/// <summary>
/// <see cref="QaThreadJsonConverter"/> for a web app: the same wire format, and a reading error is also recorded on
/// the current request (<see cref="MedQaJsonError"/>) before it propagates.
/// </summary>
internal sealed class RecordingQaThreadConverter(IHttpContextAccessor accessor) : JsonConverter<QaThread>
{
    private static readonly QaThreadJsonConverter Wire = new();

    public override QaThread Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return Wire.Read(ref reader, typeToConvert, options);
        }
        catch (MedQaJsonException exception)
        {
            accessor.HttpContext?.Features.Set(new MedQaJsonError(exception));
            throw;
        }
    }

    public override void Write(Utf8JsonWriter writer, QaThread value, JsonSerializerOptions options)
        => Wire.Write(writer, value, options);
}
