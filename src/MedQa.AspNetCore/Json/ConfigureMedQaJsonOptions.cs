using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using MvcJsonOptions = Microsoft.AspNetCore.Mvc.JsonOptions;

namespace MedQa.AspNetCore.Json;

/// <summary>
/// Puts MedQa's resolver first in minimal APIs' and MVC's JSON options, so <c>Results.Json(thread)</c>,
/// <c>[FromBody] QaThread</c> and <c>ReadFromJsonAsync&lt;QaThread&gt;</c> use the wire format whatever the app's naming
/// policy or source-generated context; the app's resolvers still answer for every other type.
/// </summary>
// Post-configuration: it runs after the app's own ConfigureHttpJsonOptions, which may replace the whole resolver.
internal sealed class ConfigureMedQaJsonOptions(IHttpContextAccessor accessor) : IPostConfigureOptions<HttpJsonOptions>, IPostConfigureOptions<MvcJsonOptions>
{
    private readonly MedQaWebJsonResolver _resolver = new(accessor);

    public void PostConfigure(string? name, HttpJsonOptions options) => Insert(options.SerializerOptions);

    public void PostConfigure(string? name, MvcJsonOptions options) => Insert(options.JsonSerializerOptions);

    private void Insert(JsonSerializerOptions options)
    {
        if (!options.TypeInfoResolverChain.Contains(_resolver))
        {
            options.TypeInfoResolverChain.Insert(0, _resolver);
        }
    }
}
