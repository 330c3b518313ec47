using MedQa.Serialization;

namespace MedQa.AspNetCore.Json;

/// <summary>
/// The request feature that records the <see cref="MedQaJsonException"/> met while reading a request body, so that a
/// minimal API's bare 400 (the framework logs the exception and drops it) can still name the JSON path.
/// </summary>
internal sealed class MedQaJsonError(MedQaJsonException exception)
{
    internal MedQaJsonException Exception { get; } = exception;
}
