using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MedQa.AspNetCore.Tests.Http;

/// <summary>A real Kestrel app on 127.0.0.1 (a free port), for tests over HTTP; its log lines are kept for assertions.</summary>
internal sealed class LoopbackApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackApp(WebApplication app, HttpClient client, LogSink log)
    {
        _app = app;
        Client = client;
        Log = log;
    }

    public HttpClient Client { get; }

    public LogSink Log { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<LoopbackApp> StartAsync(
        Action<WebApplicationBuilder> configureServices, Action<WebApplication> configurePipeline, string environment = "Production")
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ApplicationName = typeof(LoopbackApp).Assembly.GetName().Name,
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var log = new LogSink();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(log);
        configureServices(builder);
        var app = builder.Build();
        configurePipeline(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new LoopbackApp(app, new HttpClient { BaseAddress = new Uri(address) }, log);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
