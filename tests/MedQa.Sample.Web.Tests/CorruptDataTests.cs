using System.Net;

namespace MedQa.Sample.Web.Tests;

/// <summary>A corrupt data file: the visitor gets a clear error page (never a stack trace), the operator a log line.</summary>
public sealed class CorruptDataTests
{
    [Theory]
    [InlineData("truncated", """{"question": {"id": "broken", "title": "Broken""")]
    [InlineData("invalid-model", """{"question": {"id": "broken", "title": "   "}, "answers": [], "disclaimer": {}}""")]
    [InlineData("not-json", "<html>not json</html>")]
    public async Task ThreadPage_CorruptDataFile_Shows503PageAndLogsTheReason(string name, string content)
    {
        var dataFile = Path.Combine(Path.GetTempPath(), $"medqa-corrupt-{name}-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(dataFile, content);
        try
        {
            // Development, as under `dotnet run`: the developer exception page must not show either.
            await using var app = await SampleApp.StartAsync(dataFile, environment: "Development");

            using var page = await app.Client.GetAsync("questions/broken");
            var html = await page.Content.ReadAsStringAsync();
            using var json = await app.Client.GetAsync("questions/broken.json");
            using var home = await app.Client.GetAsync("");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.Contains("The questions are unavailable right now", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
            Assert.DoesNotContain(dataFile, html, StringComparison.Ordinal);
            Assert.DoesNotContain(" at MedQa.", html, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, json.StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, home.StatusCode);
            var errors = app.Log.Split('\n').Where(line => line.Contains("could not be loaded", StringComparison.Ordinal)).ToArray();
            var error = Assert.Single(errors);
            Assert.Contains(dataFile, error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(dataFile);
        }
    }

    [Fact]
    public async Task ThreadPage_MissingDataFile_Shows503Page()
    {
        await using var app = await SampleApp.StartAsync(Path.Combine(Path.GetTempPath(), $"medqa-missing-{Guid.NewGuid():N}.json"));

        using var page = await app.Client.GetAsync("questions/anything");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("could not be loaded", app.Log, StringComparison.Ordinal);
    }
}
