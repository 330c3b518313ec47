using MedQa.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace MedQa.AspNetCore.Json;

/// <summary>
/// Outermost in the app's pipeline (through <see cref="StartupFilter"/>): turns a <see cref="MedQaJsonException"/>
/// that escaped the app, or a bare 400 whose request recorded one (a minimal API's body binding), into
/// <see cref="MedQaJsonProblem"/>. A response that has started is left as it is.
/// </summary>
internal sealed class MedQaJsonProblemMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        MedQaJsonException? escaped;
        try
        {
            await next(context).ConfigureAwait(false);
            escaped = null;
        }
        catch (Exception exception) when (!context.Response.HasStarted && MedQaJsonProblem.Find(exception) is { } found)
        {
            escaped = found;
        }

        if (escaped is not null)
        {
            await MedQaJsonProblem.WriteAsync(context, escaped).ConfigureAwait(false);
        }
        else if (context.Response.StatusCode == StatusCodes.Status400BadRequest
            && !context.Response.HasStarted
            && context.Features.Get<MedQaJsonError>() is { } recorded)
        {
            await MedQaJsonProblem.WriteAsync(context, recorded.Exception).ConfigureAwait(false);
        }
    }

    /// <summary>Adds the middleware in front of everything the app adds.</summary>
    internal sealed class StartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseMiddleware<MedQaJsonProblemMiddleware>();
            next(app);
        };
    }
}
