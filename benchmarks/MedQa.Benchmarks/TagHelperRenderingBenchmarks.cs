using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using BenchmarkDotNet.Attributes;
using MedQa.AspNetCore;
using MedQa.AspNetCore.TagHelpers;
using MedQa.Rendering;
using MedQa.Samples;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.DependencyInjection;

namespace MedQa.Benchmarks;

/// <summary>
/// <c>&lt;medqa-thread thread="…"&gt;</c> rendering the seed thread into a page's reused writer, as Razor runs it (one
/// tag helper per use; the execution context and output reused, as Razor's scope manager does), against
/// <see cref="MedQaHtmlRenderer"/> writing to the same reused writer.
/// </summary>
[MemoryDiagnoser]
public class TagHelperRenderingBenchmarks
{
    private readonly QaThread _thread = SeedThread.Build();
    private readonly StringWriter _writer = new(new StringBuilder(16 * 1024), CultureInfo.InvariantCulture);
    private readonly Dictionary<object, object> _items = [];
    private MedQaHtmlRenderer _renderer = null!;
    private ViewContext _viewContext = null!;
    private TagHelperContext _context = null!;
    private TagHelperOutput _output = null!;

    [GlobalSetup]
    public void Setup()
    {
        var services = new ServiceCollection().AddMedQa().BuildServiceProvider();
        var scope = services.CreateScope();
        _renderer = scope.ServiceProvider.GetRequiredService<MedQaHtmlRenderer>();
        _viewContext = new ViewContext { HttpContext = new DefaultHttpContext { RequestServices = scope.ServiceProvider } };
        _context = new TagHelperContext("medqa-thread", [], _items, "medqa-thread-1");
        _output = new TagHelperOutput("medqa-thread", [], static (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
    }

    [Benchmark(Baseline = true)]
    public int RendererToReusedWriter()
    {
        _writer.GetStringBuilder().Clear();
        _renderer.Render(_thread, _writer);
        return _writer.GetStringBuilder().Length;
    }

    [Benchmark]
    public int TagHelperToReusedWriter()
    {
        _writer.GetStringBuilder().Clear();
        _context.Reinitialize(_items, "medqa-thread-1");
        _output.Reinitialize("medqa-thread", TagMode.StartTagAndEndTag);
        var tagHelper = new MedQaThreadTagHelper { Thread = _thread, ViewContext = _viewContext };
        tagHelper.Process(_context, _output);
        _output.WriteTo(_writer, HtmlEncoder.Default);
        return _writer.GetStringBuilder().Length;
    }
}
