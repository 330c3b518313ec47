using MedQa.Serialization;
using Microsoft.AspNetCore.Http;

namespace MedQa.AspNetCore.Json;

/// <summary>
/// The one response for a request body that is not a valid thread: 400, a validation ProblemDetails whose
/// <c>errors</c> are keyed by the JSON path (the shape MVC's <c>[ApiController]</c> gives), with the path also in
/// <c>path</c>.
/// </summary>
internal static class MedQaJsonProblem
{
    internal const string Title = "The request body is not a valid MedQa thread.";

    /// <summary>The MedQa exception behind <paramref name="exception"/>: itself, or the cause of a bad-request exception.</summary>
    internal static MedQaJsonException? Find(Exception? exception)
    {
        for (var depth = 0; exception is not null && depth < 4; depth++, exception = exception.InnerException)
        {
            if (exception is MedQaJsonException found)
            {
                return found;
            }
        }

        return null;
    }

    internal static Task WriteAsync(HttpContext context, MedQaJsonException exception)
    {
        var path = exception.Path ?? "$";
        context.Response.Clear();
        var result = Results.ValidationProblem(
            new Dictionary<string, string[]>(StringComparer.Ordinal) { [path] = [exception.Problem] },
            detail: exception.Message,
            statusCode: StatusCodes.Status400BadRequest,
            title: Title,
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["path"] = path });
        return result.ExecuteAsync(context);
    }
}
