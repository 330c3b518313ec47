using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace MedQa.AspNetCore.Json;

/// <summary>
/// For apps with <c>UseExceptionHandler()</c> (which would make it a 500) and the developer exception page (an HTML
/// stack trace): a <see cref="MedQa.Serialization.MedQaJsonException"/> is the client's bad input, so it gets
/// <see cref="MedQaJsonProblem"/>'s 400 there too.
/// </summary>
internal sealed class MedQaJsonExceptionHandler : IExceptionHandler, IDeveloperPageExceptionFilter
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (httpContext.Response.HasStarted || MedQaJsonProblem.Find(exception) is not { } found)
        {
            return false;
        }

        await MedQaJsonProblem.WriteAsync(httpContext, found).ConfigureAwait(false);
        return true;
    }

    public Task HandleExceptionAsync(ErrorContext errorContext, Func<ErrorContext, Task> next)
        => !errorContext.HttpContext.Response.HasStarted && MedQaJsonProblem.Find(errorContext.Exception) is { } found
            ? MedQaJsonProblem.WriteAsync(errorContext.HttpContext, found)
            : next(errorContext);
}
