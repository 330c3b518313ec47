using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.DependencyInjection;

namespace MedQa.AspNetCore.Tests.TagHelpers;

/// <summary>One request's services (AddMedQa) and a way to run a tag helper in it and read what it writes.</summary>
internal sealed class TagHelperHarness : IDisposable
{
    private readonly ServiceProvider _root;
    private readonly IServiceScope _scope;

    public TagHelperHarness(Action<MedQaOptions>? configure = null)
    {
        _root = new ServiceCollection().AddLogging().AddMedQa(configure).BuildServiceProvider();
        _scope = _root.CreateScope();
        ViewContext = new ViewContext
        {
            HttpContext = new DefaultHttpContext
            {
                RequestServices = _scope.ServiceProvider,
                Request = { Scheme = "https", Host = new HostString("example.com"), Path = "/questions/q", QueryString = new QueryString("?x=1") },
            },
        };
    }

    public ViewContext ViewContext { get; }

    public MedQaRequestContext Context => _scope.ServiceProvider.GetRequiredService<MedQaRequestContext>();

    /// <summary>Runs the tag helper on a tag named <paramref name="tag"/> and returns the HTML it writes (tag included, if kept).</summary>
    public static string Run(TagHelper helper, string tag)
    {
        var context = new TagHelperContext(tag, [], new Dictionary<object, object>(), "id");
        var output = new TagHelperOutput(tag, [], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
        helper.Process(context, output);
        return Write(output);
    }

    public static string Write(TagHelperOutput output)
    {
        using var writer = new StringWriter();
        output.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    public void Dispose()
    {
        _scope.Dispose();
        _root.Dispose();
    }
}
