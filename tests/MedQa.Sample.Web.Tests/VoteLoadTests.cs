using MedQa.EntityFrameworkCore;
using MedQa.Samples;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit.Abstractions;

namespace MedQa.Sample.Web.Tests;

/// <summary>
/// Nothing lost under load: 32 concurrent voters over HTTP on 127.0.0.1 leave the answer's tally equal to its ledger
/// (current vote rows and replayed events) and to the voters' last accepted votes, with no 5xx — on SQLite, and on
/// PostgreSQL with two app instances sharing the database. CI casts 960 votes; MEDQA_LOAD_VOTES=20000 is the soak.
/// </summary>
public sealed class VoteLoadTests(ITestOutputHelper output)
{
    private static readonly string Slug = SeedThread.Build().Question.Id;

    [Fact]
    public async Task Votes_32ConcurrentVotersOnSqlite_TallyEqualsLedgerAndNoUpdateLost()
    {
        var file = Path.Combine(Path.GetTempPath(), $"medqa-load-{Guid.NewGuid():N}.db");
        var connection = $"Data Source={file}";
        try
        {
            VoteLoadResult result;
            await using (var app = await SampleApp.StartAsync(environment: "Development", settings: VoteLoad.Settings($"--MedQa:Database:ConnectionString={connection}")))
            {
                result = await VoteLoad.RunAsync([app.BaseAddress], Slug);
            }

            output.WriteLine(result.Describe(1, "SQLite"));
            await AssertNothingLostAsync(result, new DbContextOptionsBuilder<MedQaDbContext>().UseSqlite(connection).Options);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }
        }
    }

    [PostgresFact]
    public async Task Votes_32ConcurrentVotersOnTwoInstancesSharingPostgres_TallyEqualsLedgerAndNoUpdateLost()
    {
        var server = PostgresFactAttribute.ConnectionString ?? throw new InvalidOperationException(
            $"{PostgresFactAttribute.Variable} is not set: this test needs PostgreSQL (.ci/run starts one and sets it).");
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = $"medqa_load_{Guid.NewGuid():N}" }.ToString();
        var options = new DbContextOptionsBuilder<MedQaDbContext>().UseNpgsql(connection).Options;
        try
        {
            string[] settings = [.. VoteLoad.Settings("--MedQa:Database:Provider=PostgreSQL", $"--MedQa:Database:ConnectionString={connection}")];

            // One after the other: the first creates and seeds the database, the second finds it ready.
            await using var first = await SampleApp.StartAsync(environment: "Development", settings: settings);
            await using var second = await SampleApp.StartAsync(environment: "Development", settings: settings);
            var result = await VoteLoad.RunAsync([first.BaseAddress, second.BaseAddress], Slug);

            output.WriteLine(result.Describe(2, "PostgreSQL"));
            await AssertNothingLostAsync(result, options);
        }
        finally
        {
            await using var db = new MedQaDbContext(options);
            await db.Database.EnsureDeletedAsync();
            NpgsqlConnection.ClearAllPools();
        }
    }

    private async Task AssertNothingLostAsync(VoteLoadResult result, DbContextOptions<MedQaDbContext> options)
    {
        await using var db = new MedQaDbContext(options);
        var ledger = await new MedQaStore(db).CheckLedgerAsync(VoteLoad.AnswerId);
        output.WriteLine(ledger.ToString());

        Assert.Equal(0, result.ServerErrors);
        Assert.Equal(VoteLoad.TotalVotes, result.Statuses.GetValueOrDefault(System.Net.HttpStatusCode.Redirect));
        Assert.True(ledger.IsConsistent, ledger.ToString());
        Assert.Equal(result.Expected, ledger.Counters);
    }
}
