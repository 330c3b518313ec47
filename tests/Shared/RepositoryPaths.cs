namespace MedQa.Tests;

/// <summary>Finds the repository's folders from a test's output folder, wherever the clone is.</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder holding <c>MedQa.slnx</c>, found by walking up from the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path under the repository root.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MedQa.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No MedQa.slnx above {AppContext.BaseDirectory}: run the tests from the repository.");
    }
}
