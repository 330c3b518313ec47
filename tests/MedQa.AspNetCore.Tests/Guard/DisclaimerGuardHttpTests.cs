using System.Net;
using System.Text;
using MedQa.AspNetCore.Tests.Http;
using MedQa.Rendering;
using MedQa.Samples;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MedQa.AspNetCore.Tests.Guard;

/// <summary>app.UseMedQaDisclaimerGuard() over real HTTP: every policy, with pages written in chunks that split the markers.</summary>
public sealed class DisclaimerGuardHttpTests
{
    private static readonly QaThread Seed = SeedThread.Build();

    private static readonly string Answers = MedQaHtmlRenderer.Default.RenderAnswers(Seed);

    private static readonly string Disclaimer = MedQaHtmlRenderer.Default.RenderDisclaimer(MedicalDisclaimer.ForRegion("GB"));

    private static readonly string WithDisclaimer = Page(Answers + Disclaimer);

    private static readonly string WithoutDisclaimer = Page(Answers);

    // Chunk sizes that split "data-medqa=\"answer\"" and "data-medqa=\"disclaimer\"" at every kind of place.
    public static TheoryData<int> ChunkSizes() => [1, 5, 19, 22, 23, 24, 1000, 1 << 20];

    private static string Page(string content)
        => $"<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>Thread</title></head>\n<body>\n<main>\n{content}</main>\n</body>\n</html>\n";

    private static Task<LoopbackApp> StartAsync(MedQaDisclaimerGuardPolicy? policy, string environment = "Production", int? maxHeldBytes = null)
        => LoopbackApp.StartAsync(
            builder => builder.Services.AddMedQa(options => options.DefaultDisclaimer = MedicalDisclaimer.ForRegion("GB")),
            app =>
            {
                app.UseMedQaDisclaimerGuard(options =>
                {
                    options.Policy = policy;
                    options.MaxHeldBytes = maxHeldBytes ?? options.MaxHeldBytes;
                });
                app.MapGet("/with", (HttpContext context, int chunk) => WriteInChunksAsync(context, WithDisclaimer, "text/html; charset=utf-8", chunk));
                app.MapGet("/without", (HttpContext context, int chunk) => WriteInChunksAsync(context, WithoutDisclaimer, "text/html; charset=utf-8", chunk));
                app.MapGet("/text", (HttpContext context, int chunk) => WriteInChunksAsync(context, WithoutDisclaimer, "text/plain; charset=utf-8", chunk));
                app.MapGet("/question-only", (HttpContext context, int chunk) => WriteInChunksAsync(context, Page("<h1>A question</h1>"), "text/html", chunk));
                app.MapGet("/pipe", async (HttpContext context) =>
                {
                    // The PipeWriter route (what Kestrel-aware writers use) is guarded too.
                    context.Response.ContentType = "text/html";
                    await context.Response.BodyWriter.WriteAsync(Encoding.UTF8.GetBytes(WithoutDisclaimer));
                });
            },
            environment);

    private static async Task WriteInChunksAsync(HttpContext context, string page, string contentType, int chunk)
    {
        context.Response.ContentType = contentType;
        var bytes = Encoding.UTF8.GetBytes(page);
        for (var at = 0; at < bytes.Length; at += chunk)
        {
            await context.Response.Body.WriteAsync(bytes.AsMemory(at, Math.Min(chunk, bytes.Length - at)));
            await context.Response.Body.FlushAsync();
        }
    }

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(LoopbackApp app, string path, int chunk)
    {
        using var response = await app.Client.GetAsync(new Uri($"{path}?chunk={chunk}", UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static int Warnings(LoopbackApp app)
        => app.Log.Entries.Count(entry => entry.Level == LogLevel.Warning && entry.Message.StartsWith("MedQa disclaimer guard:", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public async Task LogWarning_PageWithoutDisclaimer_SentUnchangedAndLogged(int chunk)
    {
        await using var app = await StartAsync(MedQaDisclaimerGuardPolicy.LogWarning);

        var (status, body) = await GetAsync(app, "/without", chunk);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(WithoutDisclaimer, body);
        Assert.Equal(1, Warnings(app));
        Assert.Contains(app.Log.Entries, entry => entry.Message.Contains("GET /without", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public async Task AppendDisclaimer_PageWithoutDisclaimer_EndsWithTheDisclaimer(int chunk)
    {
        await using var app = await StartAsync(MedQaDisclaimerGuardPolicy.AppendDisclaimer);

        var (status, body) = await GetAsync(app, "/without", chunk);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(WithoutDisclaimer + Disclaimer, body);
        Assert.Contains("999", body, StringComparison.Ordinal);
        Assert.Equal(1, Warnings(app));
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public async Task FailRequest_PageWithoutDisclaimer_Is500SayingWhatIsMissing(int chunk)
    {
        await using var app = await StartAsync(MedQaDisclaimerGuardPolicy.FailRequest);

        var (status, body) = await GetAsync(app, "/without", chunk);

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Contains("<h1>MedQa: the medical disclaimer is missing</h1>", body, StringComparison.Ordinal);
        Assert.Contains("The page <code>/without</code> shows physicians' answers", body, StringComparison.Ordinal);
        Assert.DoesNotContain(MedQaMarkup.AnswerAttribute, body, StringComparison.Ordinal);
        Assert.Equal(1, Warnings(app));
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public async Task EveryPolicy_PageWithDisclaimer_SentUnchangedWithNoWarning(int chunk)
    {
        foreach (var policy in Enum.GetValues<MedQaDisclaimerGuardPolicy>())
        {
            await using var app = await StartAsync(policy);

            var (status, body) = await GetAsync(app, "/with", chunk);

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(WithDisclaimer, body);
            Assert.Equal(0, Warnings(app));
        }
    }

    [Theory]
    [InlineData("/text")]
    [InlineData("/question-only")]
    public async Task FailRequest_NotHtmlOrNoAnswers_SentUnchanged(string path)
    {
        await using var app = await StartAsync(MedQaDisclaimerGuardPolicy.FailRequest);

        var (status, body) = await GetAsync(app, path, 7);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("the medical disclaimer is missing", body, StringComparison.Ordinal);
        Assert.Equal(0, Warnings(app));
    }

    [Fact]
    public async Task FailRequest_PageLongerThanHeld_StreamsAndEndsWithTheMessage()
    {
        await using var app = await StartAsync(MedQaDisclaimerGuardPolicy.FailRequest, maxHeldBytes: 100);

        var (status, body) = await GetAsync(app, "/without", 64);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith(WithoutDisclaimer, body, StringComparison.Ordinal);
        Assert.EndsWith("</section>\n", body, StringComparison.Ordinal);
        Assert.Contains("the medical disclaimer is missing", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppendDisclaimer_PipeWriterPage_EndsWithTheDisclaimer()
    {
        await using var app = await StartAsync(MedQaDisclaimerGuardPolicy.AppendDisclaimer);

        var (_, body) = await GetAsync(app, "/pipe", 0);

        Assert.Equal(WithoutDisclaimer + Disclaimer, body);
    }

    [Theory]
    [InlineData("Development", HttpStatusCode.InternalServerError)]
    [InlineData("Production", HttpStatusCode.OK)]
    public async Task DefaultPolicy_FailsInDevelopmentAppendsElsewhere(string environment, HttpStatusCode expected)
    {
        await using var app = await StartAsync(policy: null, environment);

        var (status, body) = await GetAsync(app, "/without", 1000);

        Assert.Equal(expected, status);
        Assert.Equal(expected == HttpStatusCode.OK, body.EndsWith(Disclaimer, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AppendDisclaimer_ThreadRecordedByThePage_AppendsThatThreadsDisclaimer()
    {
        // The default is 911; the page showed a UK thread (through a tag helper or component, which record it): 999.
        var ukThread = new QaThread(Seed.Question, Seed.Answers, MedicalDisclaimer.ForRegion("GB"));
        await using var app = await LoopbackApp.StartAsync(
            builder => builder.Services.AddMedQa(),
            app =>
            {
                app.UseMedQaDisclaimerGuard(options => options.Policy = MedQaDisclaimerGuardPolicy.AppendDisclaimer);
                app.MapGet("/uk", (HttpContext context) =>
                {
                    context.RequestServices.GetRequiredService<MedQaRequestContext>().Record(ukThread);
                    return WriteInChunksAsync(context, WithoutDisclaimer, "text/html", 100);
                });
            });

        var (_, body) = await GetAsync(app, "/uk", 0);

        Assert.Equal(WithoutDisclaimer + Disclaimer, body);
        Assert.DoesNotContain("911", body[WithoutDisclaimer.Length..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryPolicy_BodylessStatus_LeftToStatusCodePages()
    {
        foreach (var policy in Enum.GetValues<MedQaDisclaimerGuardPolicy>())
        {
            await using var app = await LoopbackApp.StartAsync(
                builder => builder.Services.AddMedQa(),
                app =>
                {
                    app.UseStatusCodePages("text/html", "<p>Status {0}</p>");
                    app.UseMedQaDisclaimerGuard(options => options.Policy = policy);
                    app.MapGet("/missing", () => Results.NotFound());
                });

            using var response = await app.Client.GetAsync(new Uri("/missing", UriKind.Relative));

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("<p>Status 404</p>", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public void MaxHeldBytes_OutOfRange_ThrowsNamingIt()
    {
        Assert.Equal("MaxHeldBytes", Assert.Throws<ArgumentOutOfRangeException>(() => new MedQaDisclaimerGuardOptions { MaxHeldBytes = -1 }).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new MedQaDisclaimerGuardOptions { MaxHeldBytes = MedQaDisclaimerGuardOptions.MaxHeldBytesLimit + 1 });
    }
}
