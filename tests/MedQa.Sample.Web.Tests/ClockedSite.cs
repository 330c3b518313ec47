using MedQa.EntityFrameworkCore;
using MedQa.Sample.Web.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MedQa.Sample.Web.Tests;

/// <summary>
/// The sample hosted in process (Development: demo accounts) on its own SQLite file, with a <see cref="MovableClock"/>
/// as its <see cref="TimeProvider"/> and the rate limiter out of the way, so a test can cross the vote lock window or
/// a UTC day in an instant.
/// </summary>
internal sealed class ClockedSite : WebApplicationFactory<Program>
{
    private readonly string _databaseFile = Path.Combine(Path.GetTempPath(), $"medqa-clocked-{Guid.NewGuid():N}.db");

    /// <summary>The site's clock: 2026-12-01 10:00 UTC until moved.</summary>
    public MovableClock Clock { get; } = new(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));

    /// <summary>A new visitor with its own cookies.</summary>
    public SiteClient NewVisitor() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>Runs <paramref name="work"/> with the site's store (as a request would).</summary>
    public async Task WithStoreAsync(Func<MedQaStore, Task> work)
    {
        using var scope = Services.CreateScope();
        await work(scope.ServiceProvider.GetRequiredService<MedQaStore>());
    }

    /// <inheritdoc/>
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);

            // The site's own registration points at App_Data; this one at a fresh file.
            services.RemoveAll<DbContextOptions<SampleDbContext>>();
            services.RemoveAll<IDbContextOptionsConfiguration<SampleDbContext>>();
            services.AddDbContext<SampleDbContext>(options => options.UseSqlite($"Data Source={_databaseFile};Default Timeout=60"));

            // A day's votes in a second: the cap under test is the rules', not the per-minute limiter's.
            services.Configure<RateLimiterOptions>(options => options.GlobalLimiter = null);
        });
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _databaseFile, _databaseFile + "-wal", _databaseFile + "-shm" })
        {
            File.Delete(file);
        }
    }
}
