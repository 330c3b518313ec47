namespace MedQa.Sample.Web.Tests;

/// <summary>
/// Debian's Chromium (<c>apt-get install chromium</c>; <c>.ci/run</c> installs it), never a downloaded browser. Where it
/// is missing, the browser tests are skipped on a developer's machine and fail with this message under CI=true.
/// </summary>
internal static class Chromium
{
    /// <summary>The browser: <c>/usr/bin/chromium</c>, or MEDQA_CHROMIUM.</summary>
    public static string ExecutablePath { get; } =
        Environment.GetEnvironmentVariable("MEDQA_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Headless, as root, with no traffic of its own: this machine's network is closed.</summary>
    public static IReadOnlyList<string> Arguments { get; } =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    /// <summary>Why the browser tests cannot run, or null when they can.</summary>
    public static string? MissingReason => File.Exists(ExecutablePath)
        ? null
        : $"Chromium is not installed at {ExecutablePath}: install it with `apt-get install -y chromium` (.ci/run does).";

    /// <summary>Whether this is CI (CI=true), where a missing browser is a failure, not a skip.</summary>
    public static bool IsCI => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}

/// <summary>A test that needs Chromium: skipped when it is missing, except under CI=true, where it fails.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>Skips the test when Chromium is missing outside CI.</summary>
    public ChromiumFactAttribute()
    {
        if (Chromium.MissingReason is { } reason && !Chromium.IsCI)
        {
            Skip = reason;
        }
    }
}
