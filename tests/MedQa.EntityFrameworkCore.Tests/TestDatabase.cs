using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MedQa.EntityFrameworkCore.Tests;

/// <summary>A fresh, empty MedQa database for one test: a temporary SQLite file, or a new PostgreSQL database.</summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>The environment variable holding the PostgreSQL connection string (a user allowed to create databases).</summary>
    public const string PostgresVariable = "MEDQA_POSTGRES";

    private readonly DbContextOptions<MedQaDbContext> _options;
    private readonly string? _sqliteFile;

    private TestDatabase(DbContextOptions<MedQaDbContext> options, string? sqliteFile)
    {
        _options = options;
        _sqliteFile = sqliteFile;
    }

    /// <summary>The provider's name, "sqlite" or "postgres".</summary>
    public static TheoryData<string> Providers => ["sqlite", "postgres"];

    /// <summary>The PostgreSQL connection string, or null when it is not configured.</summary>
    public static string? PostgresConnectionString => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    /// <summary>Creates the database and its tables.</summary>
    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        var builder = new DbContextOptionsBuilder<MedQaDbContext>();
        string? file = null;
        if (provider == "sqlite")
        {
            file = Path.Combine(Path.GetTempPath(), $"medqa-test-{Guid.NewGuid():N}.db");
            builder.UseSqlite(new SqliteConnectionStringBuilder { DataSource = file, DefaultTimeout = 60 }.ToString());
        }
        else
        {
            var connection = PostgresConnectionString ?? throw new InvalidOperationException(
                $"{PostgresVariable} is not set: the PostgreSQL tests need a connection string (.ci/run starts PostgreSQL and sets it).");
            builder.UseNpgsql(new NpgsqlConnectionStringBuilder(connection) { Database = $"medqa_t_{Guid.NewGuid():N}" }.ToString());
        }

        var database = new TestDatabase(builder.Options, file);
        await using var db = database.NewContext();
        await db.Database.EnsureCreatedAsync();
        if (file is not null)
        {
            // What the sample does: concurrent readers beside one writer.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        return database;
    }

    /// <summary>A new context (one per unit of work, as a web request has).</summary>
    public MedQaDbContext NewContext() => new(_options);

    /// <summary>A store over a new context; dispose the context with <paramref name="db"/>.</summary>
    public MedQaStore NewStore(out MedQaDbContext db, TimeProvider? clock = null)
    {
        db = NewContext();
        return new MedQaStore(db, clock);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await using (var db = NewContext())
        {
            await db.Database.EnsureDeletedAsync();
        }

        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        if (_sqliteFile is not null)
        {
            foreach (var path in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
            {
                File.Delete(path);
            }
        }
    }
}
