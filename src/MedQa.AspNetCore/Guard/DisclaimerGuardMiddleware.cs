using System.Buffers;
using MedQa.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MedQa.AspNetCore.Guard;

/// <summary>
/// The runtime disclaimer guard: wraps the response body in a <see cref="GuardedResponseStream"/> and, when an HTML
/// response showed answers without the disclaimer, applies the policy once the app has written everything.
/// </summary>
internal sealed partial class DisclaimerGuardMiddleware(
    RequestDelegate next, MedQaDisclaimerGuardOptions options, IHostEnvironment environment, ILogger<DisclaimerGuardMiddleware> logger)
{
    private readonly MedQaDisclaimerGuardPolicy _policy = options.Policy
        ?? (environment.IsDevelopment() ? MedQaDisclaimerGuardPolicy.FailRequest : MedQaDisclaimerGuardPolicy.AppendDisclaimer);

    public async Task InvokeAsync(HttpContext context)
    {
        var original = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        var guarded = new GuardedResponseStream(context, original.Stream, _policy, options.MaxHeldBytes);
        var body = new GuardedBodyFeature(guarded, original);
        context.Features.Set<IHttpResponseBodyFeature>(body);
        try
        {
            await next(context).ConfigureAwait(false);
            await body.FlushPipeAsync().ConfigureAwait(false);
            await FinishAsync(context, guarded).ConfigureAwait(false);
        }
        finally
        {
            context.Features.Set(original);
        }
    }

    private async Task FinishAsync(HttpContext context, GuardedResponseStream guarded)
    {
        if (!guarded.DisclaimerMissing)
        {
            await guarded.ReleaseAsync().ConfigureAwait(false);
            return;
        }

        LogMissing(logger, context.Request.Method, context.Request.Path.Value ?? "/", _policy);
        switch (_policy)
        {
            case MedQaDisclaimerGuardPolicy.AppendDisclaimer:
                await guarded.AppendAsync(DisclaimerHtml(context)).ConfigureAwait(false);
                break;
            case MedQaDisclaimerGuardPolicy.FailRequest when guarded.Holding:
                guarded.Discard();
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                context.Response.ContentType = "text/html; charset=utf-8";
                await guarded.AppendAsync(DisclaimerGuardPage.Render(context.Request.Path.Value ?? "/", wholePage: true)).ConfigureAwait(false);
                break;
            case MedQaDisclaimerGuardPolicy.FailRequest:
                // Too long to hold back: the page was sent, so it ends with the message instead.
                await guarded.AppendAsync(DisclaimerGuardPage.Render(context.Request.Path.Value ?? "/", wholePage: false)).ConfigureAwait(false);
                break;
        }
    }

    // The disclaimer of the thread the page recorded (tag helpers, components), else the configured default.
    private static ReadOnlyMemory<byte> DisclaimerHtml(HttpContext context)
    {
        var services = context.RequestServices;
        var renderer = services.GetService<MedQaHtmlRenderer>() ?? MedQaHtmlRenderer.Default;
        var recorded = services.GetService<MedQaRequestContext>()?.Disclaimers;
        var disclaimer = recorded is { Count: > 0 }
            ? recorded[0]
            : services.GetService<IOptions<MedQaOptions>>()?.Value.DefaultDisclaimer ?? MedicalDisclaimer.Standard;
        var utf8 = new ArrayBufferWriter<byte>(1024);
        renderer.RenderDisclaimer(disclaimer, utf8);
        return utf8.WrittenMemory;
    }

    [LoggerMessage(
        EventId = 1,
        Level = LogLevel.Warning,
        Message = "MedQa disclaimer guard: {Method} {Path} shows physician answers (data-medqa=\"answer\") without the medical disclaimer (data-medqa=\"disclaimer\"); policy {Policy}.")]
    private static partial void LogMissing(ILogger logger, string method, string path, MedQaDisclaimerGuardPolicy policy);
}
