using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using MvcJsonOptions = Microsoft.AspNetCore.Mvc.JsonOptions;

namespace MedQa.AspNetCore.Json;

/// <summary>AddMedQa's JSON part: the wire format in the app's JSON options, and 400 ProblemDetails for bad threads.</summary>
internal static class MedQaJsonServices
{
    internal static void Add(IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.TryAddSingleton<ConfigureMedQaJsonOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<HttpJsonOptions>, ConfigureMedQaJsonOptions>(
            static provider => provider.GetRequiredService<ConfigureMedQaJsonOptions>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<MvcJsonOptions>, ConfigureMedQaJsonOptions>(
            static provider => provider.GetRequiredService<ConfigureMedQaJsonOptions>()));
        services.TryAddSingleton<MedQaJsonExceptionHandler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IExceptionHandler, MedQaJsonExceptionHandler>(
            static provider => provider.GetRequiredService<MedQaJsonExceptionHandler>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDeveloperPageExceptionFilter, MedQaJsonExceptionHandler>(
            static provider => provider.GetRequiredService<MedQaJsonExceptionHandler>()));
        services.TryAddEnumerable(ServiceDescriptor.Transient<IStartupFilter, MedQaJsonProblemMiddleware.StartupFilter>());
    }
}
