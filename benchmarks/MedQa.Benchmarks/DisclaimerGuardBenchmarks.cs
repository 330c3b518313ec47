using System.Text;
using BenchmarkDotNet.Attributes;
using MedQa.AspNetCore;
using MedQa.Rendering;
using MedQa.Samples;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace MedQa.Benchmarks;

/// <summary>
/// The disclaimer guard's cost on the sample page, in process: a request through a pipeline whose endpoint writes the
/// sample's thread page (layout, the answers and the disclaimer rendered by MedQaHtmlRenderer through the
/// HttpResponseStreamWriter that Razor uses), without the guard (baseline) and with it.
/// </summary>
[MemoryDiagnoser]
public class DisclaimerGuardBenchmarks
{
    private static readonly byte[] Head = Encoding.UTF8.GetBytes(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>How Often Do People Experience Blood Clots During Sclerotherapy</title>\n"
        + "<link rel=\"stylesheet\" href=\"/site.css\">\n</head>\n<body>\n<header><a href=\"/\">MedQa sample</a></header>\n<main>\n");

    private static readonly byte[] Foot = Encoding.UTF8.GetBytes("</main>\n<footer>MedQa sample</footer>\n</body>\n</html>\n");

    private readonly QaThread _thread = SeedThread.Build();
    private IServiceProvider _services = null!;
    private RequestDelegate _plain = null!;
    private RequestDelegate _guarded = null!;

    [GlobalSetup]
    public void Setup()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IHostEnvironment>(new Environment());
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddMedQa();
        _services = services.BuildServiceProvider();
        _plain = Build(guard: false);
        _guarded = Build(guard: true);
    }

    [Benchmark(Baseline = true)]
    public Task SamplePage() => _plain(NewContext());

    [Benchmark]
    public Task SamplePageWithGuard() => _guarded(NewContext());

    private RequestDelegate Build(bool guard)
    {
        var app = new ApplicationBuilder(_services);
        if (guard)
        {
            app.UseMedQaDisclaimerGuard(options => options.Policy = MedQaDisclaimerGuardPolicy.AppendDisclaimer);
        }

        app.Run(WritePageAsync);
        return app.Build();
    }

    private async Task WritePageAsync(HttpContext context)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.Body.WriteAsync(Head);
        await using (var writer = new HttpResponseStreamWriter(context.Response.Body, Encoding.UTF8))
        {
            MedQaHtmlRenderer.Default.RenderAnswers(_thread, writer);
            MedQaHtmlRenderer.Default.RenderDisclaimer(_thread.Disclaimer, writer);
            await writer.FlushAsync();
        }

        await context.Response.Body.WriteAsync(Foot);
    }

    private DefaultHttpContext NewContext()
    {
        var context = new DefaultHttpContext { RequestServices = _services };
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null));
        context.Request.Method = "GET";
        context.Request.Path = "/questions/how-often-do-people-experience-blood-clots-during-sclerotherapy";
        return context;
    }

    private sealed class Environment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "MedQa.Benchmarks";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
