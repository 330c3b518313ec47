using MedQa;
using MedQa.AspNetCore;
using MedQa.Rendering;
using MedQa.Sample.Web;
using MedQa.Sample.Web.Components;
using MedQa.Sample.Web.Storage;
using MedQa.Serialization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection.Extensions;

var builder = WebApplication.CreateBuilder(args);
// The framework's static web assets (_framework/blazor.web.js, for /blazor/interactive) when the app runs from its
// build output in any environment, as the tests run it in Production; a no-op for a published app, which has them in wwwroot.
builder.WebHost.UseStaticWebAssets();
builder.Services.AddRazorPages(options =>
{
    options.Conventions.AuthorizePage("/Questions/Ask");
    options.Conventions.AuthorizeFolder("/Moderation", SiteRoles.Moderator);
});
// Static server rendering for the Blazor pages, and interactive server rendering for /blazor/interactive.
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMedQa(options => options.Render = new RenderOptions { Order = AnswerOrder.Helpfulness });
builder.Services.Configure<SampleDataOptions>(builder.Configuration.GetSection("MedQa"));
builder.Services.AddSiteDatabase(builder.Configuration, builder.Environment);
builder.Services.AddScoped<ThreadStore>();
// The clock behind posting times and the vote rules (tests replace it); votes are decided by MedQa's VoteLedger
// under Stack Exchange's rules: no votes on one's own answer, locked 5 minutes after casting unless the answer is
// edited, 30 answer votes per voter per UTC day with same-day retractions refunded.
builder.Services.TryAddSingleton(TimeProvider.System);
builder.Services.TryAddSingleton(VoteRules.StackExchange);
builder.Services
    .AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(options =>
    {
        options.LoginPath = "/account/sign-in";
        options.LogoutPath = "/account/sign-out";
        options.AccessDeniedPath = "/account/denied";
        options.Cookie.Name = "medqa.session";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.SlidingExpiration = true;
    });
builder.Services.AddAuthorization(options =>
{
    foreach (var role in SiteRoles.All)
    {
        options.AddPolicy(role, policy => policy.RequireRole(role));
    }
});
SiteRateLimits.AddTo(builder.Services, builder.Configuration);

var app = builder.Build();

// `dotnet run -- add-account …` creates an account (the only way to get one outside Development) and exits.
if (args is [AccountCommand.Name, ..])
{
    return await AccountCommand.RunAsync(app.Services, args[1..], Console.Out);
}

// First run: tables, seed threads, and (Development only) the demo accounts; no set-up step.
await SiteInitializer.InitializeAsync(app.Services, requireAccounts: true);

// Visitors never see a stack trace, in Development too: unexpected errors get the /Error page, and status codes
// without a body (404 for an unknown slug or path) get the /Status page.
app.UseExceptionHandler("/Error");
app.UseStatusCodePagesWithReExecute("/Status/{0}");
app.UseStaticFiles();
// The runtime check for pages MEDQA001 cannot see (a view picked at run time): HTML with answers and no disclaimer
// fails in Development and gets the disclaimer appended elsewhere. `--MedQa:DisclaimerGuard=false` turns it off
// (benchmarks/README.md measures its cost with and without it).
if (app.Configuration.GetValue("MedQa:DisclaimerGuard", defaultValue: true))
{
    app.UseMedQaDisclaimerGuard();
}

app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();

app.MapRazorPages();
// The Blazor pages (Components/Pages), rendered on the server as static HTML; /blazor/interactive then runs live
// over a circuit (its layout loads blazor.web.js, which the framework serves).
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

// The thread in the wire format, for API clients. A complex segment ("{slug}.json") outranks the page's "{slug}".
app.MapGet("/questions/{slug}.json", async (string slug, ThreadStore store, CancellationToken cancellationToken) =>
{
    var lookup = await store.FindAsync(slug, cancellationToken);
    return lookup.Status switch
    {
        ThreadLookupStatus.Found => Results.Text(MedQaJson.Serialize(lookup.Thread!, indented: true), "application/json; charset=utf-8"),
        ThreadLookupStatus.NotFound => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No question has this slug."),
        _ => Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The questions are unavailable right now."),
    };
});

await app.RunAsync();
return 0;
