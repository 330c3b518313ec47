using System.IO.Compression;
using System.Xml.Linq;

namespace MedQa.Package.Tests;

/// <summary>The packed <c>MedQa</c> package under test: <c>artifacts/packages</c>, packed first when that folder has none.</summary>
internal static class PackedPackage
{
    private static readonly SemaphoreSlim Lock = new(1, 1);
    private static string? _path;

    /// <summary>
    /// The newest <c>MedQa.*.nupkg</c> in <c>artifacts/packages</c> (where <c>.ci/run</c> packs it); packs
    /// <c>src/MedQa.Core</c> there if there is none, or if a file under <c>src/</c> changed since it was packed.
    /// </summary>
    public static async Task<string> FindOrPackAsync()
    {
        await Lock.WaitAsync();
        try
        {
            return _path ??= await FindOrPackCoreAsync();
        }
        finally
        {
            Lock.Release();
        }
    }

    /// <summary>The package's version, from its nuspec.</summary>
    public static string ReadVersion(string nupkg)
    {
        using var zip = ZipFile.OpenRead(nupkg);
        var nuspec = zip.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !entry.FullName.Contains('/'));
        using var stream = nuspec.Open();
        var document = XDocument.Load(stream);
        return document.Descendants().Single(element => element.Name.LocalName == "version").Value;
    }

    private static async Task<string> FindOrPackCoreAsync()
    {
        var folder = RepositoryPaths.Combine("artifacts", "packages");
        var found = Find(folder);
        if (found is not null && File.GetLastWriteTimeUtc(found) >= NewestSourceChange())
        {
            return found;
        }

        foreach (var stale in Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "MedQa.*") : [])
        {
            File.Delete(stale);
        }

        var result = await DotnetCommand.RunAsync(
            RepositoryPaths.Root,
            ["pack", "src/MedQa.Core", "-c", "Release", "-o", folder, "-tl:off", "-nologo"],
            TimeSpan.FromMinutes(5));
        Assert.True(result.ExitCode == 0, result.ToString());
        return Find(folder) ?? throw new InvalidOperationException($"`dotnet pack` made no MedQa.*.nupkg in {folder}:\n{result}");
    }

    private static DateTime NewestSourceChange() => Directory
        .EnumerateFiles(RepositoryPaths.Combine("src"), "*", SearchOption.AllDirectories)
        .Where(path => !path.Contains("/bin/", StringComparison.Ordinal) && !path.Contains("/obj/", StringComparison.Ordinal))
        .Select(File.GetLastWriteTimeUtc)
        .DefaultIfEmpty(DateTime.MinValue)
        .Max();

    private static string? Find(string folder) => Directory.Exists(folder)
        ? Directory.EnumerateFiles(folder, "MedQa.*.nupkg")
            .Where(path => !path.EndsWith(".snupkg", StringComparison.OrdinalIgnoreCase)
                && char.IsDigit(Path.GetFileName(path)["MedQa.".Length]))
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .FirstOrDefault()
        : null;
}
