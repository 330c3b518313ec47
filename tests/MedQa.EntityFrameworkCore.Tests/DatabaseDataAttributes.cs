namespace MedQa.EntityFrameworkCore.Tests;

/// <summary>The SQLite row.</summary>
public sealed class SqliteDataAttribute : Xunit.Sdk.DataAttribute
{
    /// <inheritdoc/>
    public override IEnumerable<object[]> GetData(System.Reflection.MethodInfo testMethod) => [["sqlite"]];
}

/// <summary>The PostgreSQL row: skipped when MEDQA_POSTGRES is missing, except under CI=true.</summary>
public sealed class PostgresDataAttribute : Xunit.Sdk.DataAttribute
{
    /// <summary>Sets the skip reason when PostgreSQL is not configured outside CI.</summary>
    public PostgresDataAttribute()
    {
        var isCI = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (TestDatabase.PostgresConnectionString is null && !isCI)
        {
            Skip = $"{TestDatabase.PostgresVariable} is not set: no PostgreSQL to test against (.ci/run starts one).";
        }
    }

    /// <inheritdoc/>
    public override IEnumerable<object[]> GetData(System.Reflection.MethodInfo testMethod) => [["postgres"]];
}
