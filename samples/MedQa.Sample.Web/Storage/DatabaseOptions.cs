namespace MedQa.Sample.Web.Storage;

/// <summary>
/// Where the site keeps its data: the <c>MedQa:Database</c> configuration section. SQLite (a file under
/// <c>App_Data</c>, created and seeded on first run) unless <see cref="Provider"/> says PostgreSQL, which app
/// instances sharing one database need.
/// </summary>
public sealed class DatabaseOptions
{
    /// <summary>"Sqlite" (the default) or "PostgreSQL".</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>
    /// The connection string. For SQLite, empty means <c>App_Data/medqa.db</c> under the content root; for PostgreSQL
    /// it is required (the user needs the right to create the tables on first run).
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Whether <see cref="Provider"/> is PostgreSQL.</summary>
    public bool IsPostgres => string.Equals(Provider, "PostgreSQL", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Provider, "Postgres", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Provider, "Npgsql", StringComparison.OrdinalIgnoreCase);
}
