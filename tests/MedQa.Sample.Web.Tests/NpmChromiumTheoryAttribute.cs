namespace MedQa.Sample.Web.Tests;

/// <summary>The theory form of <see cref="NpmChromiumFactAttribute"/>: skipped without Chromium or npm, except under CI=true.</summary>
public sealed class NpmChromiumTheoryAttribute : TheoryAttribute
{
    /// <summary>Skips the test when Chromium or npm is missing outside CI.</summary>
    public NpmChromiumTheoryAttribute()
    {
        if ((Chromium.MissingReason ?? NpmAssets.MissingReason) is { } reason && !Chromium.IsCI)
        {
            Skip = reason;
        }
    }
}
