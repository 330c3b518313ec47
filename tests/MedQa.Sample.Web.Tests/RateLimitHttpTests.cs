using System.Net;
using MedQa.Samples;

namespace MedQa.Sample.Web.Tests;

/// <summary>ASP.NET Core's rate limiter on votes and sign-ins: past the limit a post gets 429 with Retry-After, never a 5xx.</summary>
public sealed class RateLimitHttpTests
{
    [Fact]
    public async Task Vote_PastTheLimit_Returns429WithRetryAfter()
    {
        await using var app = await SampleApp.StartAsync(environment: "Development", settings: ["--MedQa:RateLimits:VotesPerMinute=2", "--MedQa:RateLimits:SignInsPerMinute=2"]);
        using var visitor = new SiteClient(app.BaseAddress);
        Assert.True(await visitor.SignInAsync("patient", "patient-demo"));
        var path = "questions/" + SeedThread.Build().Question.Id;
        var token = await visitor.TokenAsync(path);
        var statuses = new List<HttpStatusCode>();
        foreach (var choice in new[] { "Up", "Down", "Up" })
        {
            using var response = await visitor.PostAsync(path + "?handler=Vote", token, ("answerId", "samir-shureih"), ("choice", choice));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("60", response.Headers.RetryAfter?.ToString());
            }
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);

        using var other = new SiteClient(app.BaseAddress);
        Assert.True(await other.SignInAsync("moderator", "moderator-demo"));
        Assert.False(await other.SignInAsync("moderator", "moderator-demo"));
    }
}
