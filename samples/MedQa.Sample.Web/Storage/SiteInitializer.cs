using MedQa.EntityFrameworkCore;
using MedQa.Serialization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MedQa.Sample.Web.Storage;

/// <summary>
/// First run, no set-up step: creates the database's tables, seeds the data files' threads, and in Development the
/// demo accounts. In Production no account is ever seeded: with none, start-up stops with a message saying how to
/// create one.
/// </summary>
public static class SiteInitializer
{
    /// <summary>The command that creates an account; the start-up error names it.</summary>
    public const string AddAccountHelp =
        "MEDQA_ACCOUNT_PASSWORD='<password>' dotnet run --project samples/MedQa.Sample.Web -- add-account <user-name> <Patient|Physician|Moderator> [--physician <physician-id>] [--name \"<display name>\"]";

    /// <summary>Creates and seeds the database; <paramref name="requireAccounts"/> makes a Production site without accounts an error.</summary>
    public static async Task InitializeAsync(IServiceProvider services, bool requireAccounts, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        var environment = provider.GetRequiredService<IHostEnvironment>();
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SiteInitializer).FullName!);
        var db = provider.GetRequiredService<SampleDbContext>();
        await db.Database.EnsureCreatedAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Readers never wait for the writer; 32 concurrent voters queue on SQLite's single write lock instead.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        var options = provider.GetRequiredService<IOptions<SampleDataOptions>>().Value;
        var status = provider.GetRequiredService<SiteDataStatus>();
        var store = provider.GetRequiredService<MedQaStore>();
        foreach (var file in options.AdditionalDataFiles.Prepend(options.DataFile))
        {
            var path = Path.GetFullPath(file, environment.ContentRootPath);
            try
            {
                var thread = MedQaJson.Deserialize(await File.ReadAllBytesAsync(path, cancellationToken));
                if (await store.SeedAsync(thread, cancellationToken))
                {
                    logger.LogInformation("Seeded the database with the MedQa data file {DataFile}: /questions/{Slug}", path, thread.Question.Id);
                }
            }
            catch (Exception exception) when (exception is MedQaJsonException or IOException or UnauthorizedAccessException)
            {
                // One clear line for the operator; visitors get the "unavailable" page, never this.
                logger.LogError("The MedQa data file {DataFile} could not be loaded: {Reason}", path, exception.Message);
                status.IsAvailable = false;
            }
        }

        if (environment.IsDevelopment())
        {
            await SeedDemoAccountsAsync(db, store, options.DemoVoters, cancellationToken);
        }
        else if (requireAccounts && !await db.Accounts.AnyAsync(cancellationToken))
        {
            throw new InvalidOperationException(
                $"The site has no accounts, and outside Development no demo account is ever created. Create a moderator first:\n  {AddAccountHelp}\n(or run in Development: --environment Development).");
        }
    }

    private static async Task SeedDemoAccountsAsync(SampleDbContext db, MedQaStore store, int voters, CancellationToken cancellationToken)
    {
        if (!await db.Physicians.AnyAsync(physician => physician.Id == DemoAccounts.PhysicianId, cancellationToken))
        {
            await store.SavePhysicianAsync(DemoAccounts.Physician, cancellationToken);
        }

        var hasher = new PasswordHasher<SiteAccount>();
        var wanted = DemoAccounts.All
            .Concat(Enumerable.Range(1, Math.Clamp(voters, 0, 1_000)).Select(number => new DemoAccount(DemoAccounts.VoterName(number), DemoAccounts.VoterPassword, SiteRoles.Patient, $"Voter {number}", null)))
            .ToList();
        var existing = (await db.Accounts.Select(account => account.UserName).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        foreach (var demo in wanted.Where(demo => !existing.Contains(demo.UserName)))
        {
            var account = new SiteAccount { UserName = demo.UserName, DisplayName = demo.DisplayName, Role = demo.Role, PhysicianId = demo.PhysicianId };
            account.PasswordHash = hasher.HashPassword(account, demo.Password);
            db.Accounts.Add(account);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
