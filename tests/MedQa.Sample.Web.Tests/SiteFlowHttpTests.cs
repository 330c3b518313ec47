using System.Net;
using MedQa.Samples;

namespace MedQa.Sample.Web.Tests;

/// <summary>The live site over HTTP (Development, demo accounts): sign-in, roles, votes, answers, moderation, forms' bad input.</summary>
public sealed class SiteFlowHttpTests(SiteFlowHttpTests.DevelopmentSite site) : IClassFixture<SiteFlowHttpTests.DevelopmentSite>
{
    private static readonly string Slug = SeedThread.Build().Question.Id;

    [Fact]
    public async Task SignInPage_Development_ListsTheDemoAccounts()
    {
        using var visitor = site.NewVisitor();
        var (_, html) = await visitor.GetAsync("account/sign-in");
        Assert.Contains("Demo accounts (Development only)", html, StringComparison.Ordinal);
        Assert.Contains("physician-demo", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WrongPassword_SaysSoWithoutSayingWhichHalf()
    {
        using var visitor = site.NewVisitor();
        var token = await visitor.TokenAsync("account/sign-in");
        using var response = await visitor.PostAsync("account/sign-in", token, ("Form.UserName", "patient"), ("Form.Password", "wrong"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The user name or the password is wrong.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThreadPage_Anonymous_AsksToSignInAndHasNoVoteForm()
    {
        using var visitor = site.NewVisitor();
        var (status, html) = await visitor.GetAsync("questions/" + Slug);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Sign in to vote", html, StringComparison.Ordinal);
        Assert.DoesNotContain("vote-form", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vote_Anonymous_RedirectsToSignIn()
    {
        using var visitor = site.NewVisitor();
        var token = await visitor.TokenAsync("account/sign-in");
        using var response = await visitor.PostAsync($"questions/{Slug}?handler=Vote", token, ("answerId", "samir-shureih"), ("choice", "Up"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/sign-in", response.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vote_WithoutAntiforgeryToken_Returns400AndCountsNothing()
    {
        using var visitor = site.NewVisitor();
        Assert.True(await visitor.SignInAsync("voter-30", "voter-demo"));
        using var response = await visitor.PostAsync($"questions/{Slug}?handler=Vote", token: null, ("answerId", "samir-shureih"), ("choice", "Up"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var (_, html) = await visitor.GetAsync("questions/" + Slug);
        Assert.DoesNotContain("aria-pressed=\"true\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vote_SignedIn_OneVotePerVisitorChangeAndRetract()
    {
        using var visitor = site.NewVisitor();
        Assert.True(await visitor.SignInAsync("voter-31", "voter-demo"));
        var path = "questions/" + Slug;
        var token = await visitor.TokenAsync(path);
        const string answer = "sclerotherapy-rarely-causes-dvt";
        (await visitor.PostAsync(path + "?handler=Vote", token, ("answerId", answer), ("choice", "Up"))).Dispose();
        (await visitor.PostAsync(path + "?handler=Vote", token, ("answerId", answer), ("choice", "Up"))).Dispose();
        var (_, html) = await visitor.GetAsync(path);
        Assert.Contains("Your vote was already counted.", html, StringComparison.Ordinal);
        Assert.Contains("aria-pressed=\"true\">Helpful", html, StringComparison.Ordinal);

        (await visitor.PostAsync(path + "?handler=Vote", token, ("answerId", answer), ("choice", "Retract"))).Dispose();
        (_, html) = await visitor.GetAsync(path);
        Assert.DoesNotContain("aria-pressed=\"true\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vote_UnknownAnswerOrChoice_ExplainsAndCountsNothing()
    {
        using var visitor = site.NewVisitor();
        Assert.True(await visitor.SignInAsync("voter-29", "voter-demo"));
        var path = "questions/" + Slug;
        var token = await visitor.TokenAsync(path);
        (await visitor.PostAsync(path + "?handler=Vote", token, ("answerId", "<script>alert(1)</script>"), ("choice", "Up"))).Dispose();
        var (_, html) = await visitor.GetAsync(path);
        Assert.Contains("That answer does not exist.", html, StringComparison.Ordinal);
        using var bad = await visitor.PostAsync(path + "?handler=Vote", token, ("answerId", "samir-shureih"), ("choice", "7"));
        (_, html) = await visitor.GetAsync(path);
        Assert.Contains("That vote was not understood", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moderation_Patient_IsForbidden()
    {
        using var visitor = site.NewVisitor();
        Assert.True(await visitor.SignInAsync("patient", "patient-demo"));
        var (status, _) = await visitor.GetAsync("moderation");
        Assert.Equal(HttpStatusCode.Redirect, status);
        using var anonymous = site.NewVisitor();
        var (anonymousStatus, _) = await anonymous.GetAsync("moderation");
        Assert.Equal(HttpStatusCode.Redirect, anonymousStatus);
    }

    [Fact]
    public async Task Answer_Patient_IsForbidden()
    {
        using var visitor = site.NewVisitor();
        Assert.True(await visitor.SignInAsync("patient", "patient-demo"));
        var path = "questions/" + Slug;
        var token = await visitor.TokenAsync(path);
        using var response = await visitor.PostAsync(path + "?handler=Answer", token, ("Form.Body", "I am not a doctor."));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/denied", response.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAnswerModeratePublish_HostileText_StaysInertEverywhere()
    {
        const string hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>{{constructor.constructor('alert(1)')()}}";
        using var patient = site.NewVisitor();
        Assert.True(await patient.SignInAsync("patient", "patient-demo"));
        using var asked = await patient.PostAsync("questions/ask", await patient.TokenAsync("questions/ask"), ("Form.Title", "Is this safe? " + hostile[..40]), ("Form.Body", hostile), ("Form.Topic", "Veins"));
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var questionPath = asked.Headers.Location!.OriginalString.TrimStart('/');
        Assert.StartsWith("questions/is-this-safe-", questionPath, StringComparison.Ordinal);

        using var physician = site.NewVisitor();
        Assert.True(await physician.SignInAsync("physician", "physician-demo"));
        using var answered = await physician.PostAsync(questionPath + "?handler=Answer", await physician.TokenAsync(questionPath), ("Form.Headline", hostile[..30]), ("Form.Body", "Usually. " + hostile));
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var (_, pending) = await patient.GetAsync(questionPath);
        Assert.DoesNotContain("Usually.", pending, StringComparison.Ordinal);

        using var moderator = site.NewVisitor();
        Assert.True(await moderator.SignInAsync("moderator", "moderator-demo"));
        var (_, queue) = await moderator.GetAsync("moderation");
        Assert.Contains("Usually.", queue, StringComparison.Ordinal);
        var answerId = System.Text.RegularExpressions.Regex.Match(queue, "data-answer-id=\"(a-[0-9a-f]+)\"").Groups[1].Value;
        using var published = await moderator.PostAsync("moderation?handler=Publish", await moderator.TokenAsync("moderation"), ("answerId", answerId));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        foreach (var html in new[] { (await patient.GetAsync(questionPath)).Html, (await patient.GetAsync("")).Html, (await patient.GetAsync("physicians/dana-demo")).Html, queue })
        {
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        }

        Assert.Contains("Usually.", (await patient.GetAsync(questionPath)).Html, StringComparison.Ordinal);
        using var twice = await moderator.PostAsync("moderation?handler=Publish", await moderator.TokenAsync("moderation"), ("answerId", answerId));
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Contains("is Published", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Write your question.")]
    [InlineData("   ", "Write your question.")]
    public async Task Ask_BadTitle_Returns400WithTheReason(string title, string reason)
    {
        using var patient = site.NewVisitor();
        Assert.True(await patient.SignInAsync("patient", "patient-demo"));
        using var response = await patient.PostAsync("questions/ask", await patient.TokenAsync("questions/ask"), ("Form.Title", title));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_TooLongTitle_Returns400WithTheLimit()
    {
        using var patient = site.NewVisitor();
        Assert.True(await patient.SignInAsync("patient", "patient-demo"));
        using var response = await patient.PostAsync("questions/ask", await patient.TokenAsync("questions/ask"), ("Form.Title", new string('a', 201)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 200 characters", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PhysicianProfile_SeedPhysician_ListsTheirAnswer()
    {
        using var visitor = site.NewVisitor();
        var (status, html) = await visitor.GetAsync("physicians/mitchel-p-goldman");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Mitchel P. Goldman, MD", html, StringComparison.Ordinal);
        Assert.Contains(SeedThread.Title, html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("physicians/nobody")).Status);
    }

    /// <summary>The sample in Development with 32 demo voters.</summary>
    public sealed class DevelopmentSite : IAsyncLifetime
    {
        private SampleApp? _app;

        internal SampleApp App => _app ?? throw new InvalidOperationException("The sample has not started.");

        internal SiteClient NewVisitor() => new(App.BaseAddress);

        /// <inheritdoc/>
        public async Task InitializeAsync() => _app = await SampleApp.StartAsync(environment: "Development", settings: ["--MedQa:DemoVoters=32", "--MedQa:RateLimits:SignInsPerMinute=10000", "--MedQa:RateLimits:PostsPerMinute=10000", "--MedQa:RateLimits:VotesPerMinute=10000"]);

        /// <inheritdoc/>
        public async Task DisposeAsync()
        {
            if (_app is not null)
            {
                await _app.DisposeAsync();
            }
        }
    }
}
