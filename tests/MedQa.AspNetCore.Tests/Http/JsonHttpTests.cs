using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedQa.Samples;
using MedQa.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using MvcJsonOptions = Microsoft.AspNetCore.Mvc.JsonOptions;

namespace MedQa.AspNetCore.Tests.Http;

/// <summary>AddMedQa's JSON over real HTTP: minimal APIs and MVC write and read the wire format, and a bad thread is a 400 naming the path.</summary>
public sealed class JsonHttpTests
{
    private static readonly QaThread Seed = SeedThread.Build();

    // A title of white space: the model rejects it, at $.question.title.
    private static readonly string BadTitle = MedQaJson.Serialize(Seed).Replace(
        $"\"title\":\"{Seed.Question.Title}\"", "\"title\":\" \"", StringComparison.Ordinal);

    public static TheoryData<string> Environments() => ["Production", "Development"];

    private static Task<LoopbackApp> StartAsync(string environment = "Production", bool exceptionHandler = false)
        => LoopbackApp.StartAsync(
            builder =>
            {
                builder.Services.AddMedQa();
                // The app's own JSON style: MedQa's format must not follow it.
                builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseUpper);
                builder.Services.AddControllers()
                    .AddJsonOptions(options => options.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.KebabCaseUpper);
                if (exceptionHandler)
                {
                    builder.Services.AddProblemDetails();
                }
            },
            app =>
            {
                if (exceptionHandler)
                {
                    app.UseExceptionHandler();
                }

                app.MapGet("/threads/seed", () => Results.Json(Seed));
                app.MapGet("/threads/typed", () => TypedResults.Ok(Seed));
                app.MapPost("/threads", ([FromBody] QaThread thread) => thread.Question.Id);
                app.MapPost("/threads/read", async (HttpRequest request) => (await request.ReadFromJsonAsync<QaThread>())!.Question.Id);
                app.MapControllers();
            },
            environment);

    [Theory]
    [InlineData("/threads/seed")]
    [InlineData("/threads/typed")]
    [InlineData("/mvc/threads")]
    public async Task Get_Thread_WritesExactlyTheWireFormat(string path)
    {
        await using var app = await StartAsync();

        using var response = await app.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        // Exactly the wire format, written with the app's own encoder (ASP.NET Core's leaves apostrophes unescaped).
        var serializerOptions = path.StartsWith("/mvc", StringComparison.Ordinal)
            ? app.Services.GetRequiredService<IOptions<MvcJsonOptions>>().Value.JsonSerializerOptions
            : app.Services.GetRequiredService<IOptions<HttpJsonOptions>>().Value.SerializerOptions;
        // MVC's formatter writes with the relaxed encoder when the app set none.
        var encoder = serializerOptions.Encoder ?? (path.StartsWith("/mvc", StringComparison.Ordinal) ? JavaScriptEncoder.UnsafeRelaxedJsonEscaping : null);
        var expected = MedQaJson.Serialize(Seed, new JsonWriterOptions { Encoder = encoder });
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(MedQaJson.Serialize(Seed)), JsonNode.Parse(expected)));
    }

    [Theory]
    [InlineData("/threads")]
    [InlineData("/threads/read")]
    [InlineData("/mvc/threads")]
    [InlineData("/mvc/threads/read")]
    public async Task Post_WireFormat_ReadsTheThread(string path)
    {
        await using var app = await StartAsync();

        using var response = await app.Client.PostAsync(new Uri(path, UriKind.Relative), Json(MedQaJson.Serialize(Seed, indented: true)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Seed.Question.Id, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task PostFromBody_InvalidThread_Is400ProblemDetailsNamingThePath(string environment)
    {
        await using var app = await StartAsync(environment);

        using var response = await app.Client.PostAsync(new Uri("/threads", UriKind.Relative), Json(BadTitle));

        await AssertProblemAsync(response, "$.question.title");
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task PostReadFromJsonAsync_InvalidThread_Is400ProblemDetailsNamingThePath(string environment)
    {
        await using var app = await StartAsync(environment);

        using var response = await app.Client.PostAsync(new Uri("/threads/read", UriKind.Relative), Json(BadTitle));

        await AssertProblemAsync(response, "$.question.title");
    }

    [Fact]
    public async Task Post_InvalidThreadWithUseExceptionHandler_Is400ProblemDetailsNotA500()
    {
        await using var app = await StartAsync(exceptionHandler: true);

        using var read = await app.Client.PostAsync(new Uri("/threads/read", UriKind.Relative), Json(BadTitle));
        using var mvcRead = await app.Client.PostAsync(new Uri("/mvc/threads/read", UriKind.Relative), Json(BadTitle));

        await AssertProblemAsync(read, "$.question.title");
        await AssertProblemAsync(mvcRead, "$.question.title");
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task PostMvcFromBody_InvalidThread_Is400ValidationProblemKeyedByThePath(string environment)
    {
        await using var app = await StartAsync(environment);

        using var response = await app.Client.PostAsync(new Uri("/mvc/threads", UriKind.Relative), Json(BadTitle));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.Contains("$.question.title", errors.Select(error => error.Key));
    }

    [Fact]
    public async Task Post_DuplicateAnswerIds_NamesTheSecondAnswer()
    {
        await using var app = await StartAsync();
        var root = JsonNode.Parse(MedQaJson.Serialize(Seed))!;
        root["answers"]![1]!["id"] = root["answers"]![0]!["id"]!.GetValue<string>();

        using var response = await app.Client.PostAsync(new Uri("/threads", UriKind.Relative), Json(root.ToJsonString()));

        await AssertProblemAsync(response, "$.answers[1].id");
    }

    [Fact]
    public async Task ClientReadFromJsonAsync_WireFormat_ReadsTheThread()
    {
        await using var app = await StartAsync();

        var thread = await app.Client.GetFromJsonAsync<QaThread>(new Uri("/threads/seed", UriKind.Relative));

        Assert.Equal(Seed, thread);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task AssertProblemAsync(HttpResponseMessage response, string path)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(HttpStatusCode.BadRequest == response.StatusCode, $"{response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(body)!;
        Assert.Equal(400, (int)problem["status"]!);
        Assert.Equal(path, (string)problem["path"]!);
        Assert.Equal("The request body is not a valid MedQa thread.", (string)problem["title"]!);
        Assert.NotEmpty(problem["errors"]![path]!.AsArray());
    }
}
