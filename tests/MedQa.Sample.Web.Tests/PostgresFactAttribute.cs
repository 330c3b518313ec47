namespace MedQa.Sample.Web.Tests;

/// <summary>
/// A test that needs PostgreSQL (MEDQA_POSTGRES, a connection string for a user allowed to create databases; .ci/run
/// sets it): skipped when it is missing on a developer's machine, failing under CI=true.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    /// <summary>The environment variable.</summary>
    public const string Variable = "MEDQA_POSTGRES";

    /// <summary>Skips the test when PostgreSQL is not configured outside CI.</summary>
    public PostgresFactAttribute()
    {
        if (ConnectionString is null && !Chromium.IsCI)
        {
            Skip = $"{Variable} is not set: no PostgreSQL to test against (.ci/run starts one).";
        }
    }

    /// <summary>The connection string, or null.</summary>
    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;
}
