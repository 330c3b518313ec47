using MedQa;
using MedQa.AspNetCore;
using MedQa.Rendering;
using MedQa.Sample.Web;
using MedQa.Sample.Web.Components;
using MedQa.Serialization;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRazorPages();
builder.Services.AddRazorComponents();
builder.Services.AddMedQa(options => options.Render = new RenderOptions { Order = AnswerOrder.Helpfulness });
builder.Services.Configure<SampleDataOptions>(builder.Configuration.GetSection("MedQa"));
builder.Services.AddSingleton<ThreadStore>();

var app = builder.Build();

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

app.UseAntiforgery();

app.MapRazorPages();
// The Blazor pages (Components/Pages), rendered on the server as static HTML.
app.MapRazorComponents<App>();

// The thread in the wire format, for API clients. A complex segment ("{slug}.json") outranks the page's "{slug}".
app.MapGet("/questions/{slug}.json", (string slug, ThreadStore store) =>
{
    var lookup = store.Find(slug);
    return lookup.Status switch
    {
        ThreadLookupStatus.Found => Results.Text(MedQaJson.Serialize(lookup.Thread!, indented: true), "application/json; charset=utf-8"),
        ThreadLookupStatus.NotFound => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No question has the slug '{slug}'."),
        _ => Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The questions are unavailable right now."),
    };
});

app.Run();
