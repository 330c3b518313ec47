using MedQa.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MedQa.AspNetCore.Internal;

/// <summary>What MedQa's tag helpers and components take from the app's services, with one clear error when AddMedQa is missing.</summary>
internal readonly record struct MedQaServices(MedQaHtmlRenderer Renderer, MedQaRequestContext Context, MedQaOptions Options)
{
    /// <summary>Resolves the services of a request (or circuit).</summary>
    /// <exception cref="InvalidOperationException">The app did not call <c>AddMedQa</c>.</exception>
    public static MedQaServices From(IServiceProvider? services, string user)
    {
        var context = services?.GetService<MedQaRequestContext>();
        if (services is null || context is null)
        {
            throw new InvalidOperationException(
                $"{user} needs MedQa's services: call builder.Services.AddMedQa() in Program.cs.");
        }

        return new MedQaServices(
            services.GetRequiredService<MedQaHtmlRenderer>(),
            context,
            services.GetRequiredService<IOptions<MedQaOptions>>().Value);
    }
}
