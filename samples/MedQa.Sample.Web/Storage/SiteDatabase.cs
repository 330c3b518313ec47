using MedQa.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MedQa.Sample.Web.Storage;

/// <summary>Registers the site's database: the context, MedQa's store over it, and the first-run initializer.</summary>
public static class SiteDatabase
{
    /// <summary>Adds <see cref="SampleDbContext"/> (SQLite or PostgreSQL, <see cref="DatabaseOptions"/>) and <see cref="MedQaStore"/>.</summary>
    public static IServiceCollection AddSiteDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection("MedQa:Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (options.IsPostgres)
        {
            var connection = options.ConnectionString is { Length: > 0 } value
                ? value
                : throw new InvalidOperationException(
                    "MedQa:Database:Provider is PostgreSQL but MedQa:Database:ConnectionString is empty: set it (for example MedQa__Database__ConnectionString=\"Host=…;Username=…;Password=…;Database=medqa\").");
            services.AddDbContext<SampleDbContext>(builder => builder.UseNpgsql(connection));
        }
        else if (!options.IsPostgres && !string.Equals(options.Provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"MedQa:Database:Provider must be \"Sqlite\" or \"PostgreSQL\", not \"{options.Provider}\".");
        }
        else
        {
            services.AddDbContext<SampleDbContext>(builder => builder.UseSqlite(SqliteConnectionString(options, environment)));
        }

        services.AddScoped<MedQaDbContext>(provider => provider.GetRequiredService<SampleDbContext>());
        services.AddScoped(provider => new MedQaStore(provider.GetRequiredService<MedQaDbContext>(), provider.GetService<TimeProvider>()));
        services.AddSingleton(options);
        services.AddSingleton<SiteDataStatus>();
        return services;
    }

    private static string SqliteConnectionString(DatabaseOptions options, IHostEnvironment environment)
    {
        var builder = new SqliteConnectionStringBuilder(options.ConnectionString ?? "");
        if (string.IsNullOrEmpty(builder.DataSource))
        {
            var folder = Path.Combine(environment.ContentRootPath, "App_Data");
            Directory.CreateDirectory(folder);
            builder.DataSource = Path.Combine(folder, "medqa.db");
        }

        // Concurrent voters wait for the one writer rather than fail (SQLite allows one writer at a time).
        builder.DefaultTimeout = Math.Max(builder.DefaultTimeout, 60);
        return builder.ToString();
    }
}
