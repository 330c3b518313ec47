using MedQa.AspNetCore.Guard;
using Microsoft.AspNetCore.Builder;

namespace MedQa.AspNetCore;

/// <summary>Adds MedQa's runtime disclaimer guard to an app's pipeline: <c>app.UseMedQaDisclaimerGuard()</c>.</summary>
public static class MedQaDisclaimerGuardExtensions
{
    /// <summary>
    /// Checks every HTML response that shows MedQa answers (<c>data-medqa="answer"</c>) for the medical disclaimer
    /// (<c>data-medqa="disclaimer"</c>), for what static analysis cannot see: a partial chosen by a computed name, a view
    /// picked at run time. The check streams: it scans the bytes as they pass, keeping a few bytes between writes.
    /// </summary>
    /// <remarks>
    /// Add it before the middleware that writes pages (and after <c>UseResponseCompression</c>, whose output it
    /// cannot read: compressed responses are not checked). A response that lacks the disclaimer is handled by
    /// <see cref="MedQaDisclaimerGuardOptions.Policy"/>: a warning in the log, the disclaimer appended, or (in
    /// Development, by default) a 500 page saying what is missing.
    /// </remarks>
    /// <param name="app">The app.</param>
    /// <param name="configure">Sets the <see cref="MedQaDisclaimerGuardOptions"/>; null keeps the defaults.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="app"/> is null.</exception>
    public static IApplicationBuilder UseMedQaDisclaimerGuard(this IApplicationBuilder app, Action<MedQaDisclaimerGuardOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = new MedQaDisclaimerGuardOptions();
        configure?.Invoke(options);
        return app.UseMiddleware<DisclaimerGuardMiddleware>(options);
    }
}
