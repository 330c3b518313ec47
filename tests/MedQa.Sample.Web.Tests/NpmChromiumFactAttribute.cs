namespace MedQa.Sample.Web.Tests;

/// <summary>
/// A test that needs Chromium and the npm packages of <see cref="NpmAssets"/>: skipped when either is missing, except
/// under CI=true, where it fails.
/// </summary>
public sealed class NpmChromiumFactAttribute : FactAttribute
{
    /// <summary>Skips the test when Chromium or npm is missing outside CI.</summary>
    public NpmChromiumFactAttribute()
    {
        if ((Chromium.MissingReason ?? NpmAssets.MissingReason) is { } reason && !Chromium.IsCI)
        {
            Skip = reason;
        }
    }
}
