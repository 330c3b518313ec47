namespace MedQa.Tests;

/// <summary>A clock that always says the same instant, so tests that take a <see cref="TimeProvider"/> are deterministic.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
