using System.IO.Compression;
using System.Xml.Linq;

namespace MedQa.Package.Tests;

/// <summary>
/// The packed packages under test, in <c>artifacts/packages</c> (where <c>.ci/run</c> packs them): <c>MedQa</c>,
/// <c>MedQa.AspNetCore</c> (which depends on the packed <c>MedQa</c>) and <c>MedQa.EntityFrameworkCore</c>. All three are
/// packed again, after every <c>MedQa.*</c> file there is deleted, when one is missing or older than a file under <c>src/</c>.
/// </summary>
internal static class PackedPackage
{
    /// <summary>The package ids and the projects that pack them, in dependency order.</summary>
    public static readonly IReadOnlyList<(string Id, string Project)> Packages =
    [
        ("MedQa", "src/MedQa.Core"),
        ("MedQa.AspNetCore", "src/MedQa.AspNetCore"),
        ("MedQa.EntityFrameworkCore", "src/MedQa.EntityFrameworkCore"),
    ];

    private static readonly SemaphoreSlim Lock = new(1, 1);
    private static IReadOnlyDictionary<string, string>? _paths;

    /// <summary>The packed <c>MedQa</c> package (library, analyzer, code fixes).</summary>
    public static async Task<string> FindOrPackAsync() => (await FindOrPackAllAsync())["MedQa"];

    /// <summary>Every packed package's path, by package id; packs them first when needed (see the class summary).</summary>
    public static async Task<IReadOnlyDictionary<string, string>> FindOrPackAllAsync()
    {
        await Lock.WaitAsync();
        try
        {
            return _paths ??= await FindOrPackCoreAsync();
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

    /// <summary>
    /// The newest <c>{id}.{version}.nupkg</c> in <paramref name="folder"/>: the file name continues with a digit after
    /// the id, so <c>MedQa.AspNetCore.0.2.0.nupkg</c> is never taken for the package <c>MedQa</c>.
    /// </summary>
    internal static string? Find(string folder, string id) => Directory.Exists(folder)
        ? Directory.EnumerateFiles(folder, id + ".*.nupkg")
            .Where(path => !path.EndsWith(".snupkg", StringComparison.OrdinalIgnoreCase)
                && Path.GetFileName(path).Length > id.Length + 1
                && char.IsDigit(Path.GetFileName(path)[id.Length + 1]))
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .FirstOrDefault()
        : null;

    private static async Task<IReadOnlyDictionary<string, string>> FindOrPackCoreAsync()
    {
        var folder = RepositoryPaths.Combine("artifacts", "packages");
        var newestSource = NewestSourceChange();
        if (FindAll(folder) is { } found && found.Values.All(path => File.GetLastWriteTimeUtc(path) >= newestSource))
        {
            return found;
        }

        foreach (var stale in Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "MedQa.*") : [])
        {
            File.Delete(stale);
        }

        // As .ci/run does, one project at a time (MedQa.AspNetCore's dependency on MedQa is packed as a version range).
        foreach (var (_, project) in Packages)
        {
            var result = await DotnetCommand.RunAsync(
                RepositoryPaths.Root,
                ["pack", project, "-c", "Release", "-o", folder, "-tl:off", "-nologo"],
                TimeSpan.FromMinutes(5));
            Assert.True(result.ExitCode == 0, result.ToString());
        }

        return FindAll(folder) ?? throw new InvalidOperationException(
            $"`dotnet pack` did not make every package ({string.Join(", ", Packages.Select(package => package.Id))}) in {folder}.");
    }

    private static Dictionary<string, string>? FindAll(string folder)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, _) in Packages)
        {
            if (Find(folder, id) is not { } path)
            {
                return null;
            }

            found[id] = path;
        }

        return found;
    }

    private static DateTime NewestSourceChange() => Directory
        .EnumerateFiles(RepositoryPaths.Combine("src"), "*", SearchOption.AllDirectories)
        .Where(path => !path.Contains("/bin/", StringComparison.Ordinal) && !path.Contains("/obj/", StringComparison.Ordinal))
        .Select(File.GetLastWriteTimeUtc)
        .DefaultIfEmpty(DateTime.MinValue)
        .Max();
}
