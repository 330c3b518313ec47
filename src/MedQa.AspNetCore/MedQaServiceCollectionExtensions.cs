using MedQa.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MedQa.AspNetCore;

/// <summary>Registers MedQa in an ASP.NET Core app: <c>builder.Services.AddMedQa(options => …)</c>.</summary>
public static class MedQaServiceCollectionExtensions
{
    /// <summary>
    /// Adds MedQa's options and services: <see cref="MedQaOptions"/>, a <see cref="MedQaHtmlRenderer"/> built from
    /// <see cref="MedQaOptions.Render"/> (singleton) and the <see cref="MedQaRequestContext"/> (scoped) that the tag
    /// helpers and components share.
    /// </summary>
    /// <param name="services">The app's services.</param>
    /// <param name="configure">Sets the <see cref="MedQaOptions"/>; null keeps the defaults.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddMedQa(this IServiceCollection services, Action<MedQaOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<MedQaOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        // JSON: the wire format in minimal APIs' and MVC's options; a bad thread in a request body is a 400 ProblemDetails.
        Json.MedQaJsonServices.Add(services);

        // The tag helpers' and components' renderer, built once from the options; the per-request disclaimer record.
        services.TryAddSingleton(provider => new MedQaHtmlRenderer(provider.GetRequiredService<IOptions<MedQaOptions>>().Value.Render));
        services.TryAddScoped<MedQaRequestContext>();

        return services;
    }
}
