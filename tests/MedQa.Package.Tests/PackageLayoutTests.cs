using System.IO.Compression;
using System.Reflection.Metadata;
using System.Xml.Linq;

namespace MedQa.Package.Tests;

/// <summary>What <c>dotnet add package MedQa</c> brings: the library, its docs, the analyzer and its code fixes, and the metadata.</summary>
public sealed class PackageLayoutTests
{
    [Fact]
    public async Task Nupkg_Always_HoldsLibraryDocsAnalyzerAndCodeFixes()
    {
        var entries = await EntriesAsync();

        Assert.Contains("lib/net10.0/MedQa.Core.dll", entries);
        Assert.Contains("lib/net10.0/MedQa.Core.xml", entries);
        Assert.Contains("analyzers/dotnet/cs/MedQa.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/MedQa.Analyzers.CodeFixes.dll", entries);
        Assert.Contains("README.md", entries);
    }

    [Fact]
    public async Task Nupkg_Always_HoldsTheBuildPropsForDirectAndTransitiveReferences()
    {
        var entries = await EntriesAsync();

        Assert.Contains("build/MedQa.props", entries);
        Assert.Contains("buildTransitive/MedQa.props", entries);
    }

    [Fact]
    public async Task Nupkg_Always_ShipsNoBuildOutputOutsideLibAndAnalyzers()
    {
        var entries = await EntriesAsync();

        var assemblies = entries.Where(entry => entry.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal);
        Assert.Equal(
            ["analyzers/dotnet/cs/MedQa.Analyzers.CodeFixes.dll", "analyzers/dotnet/cs/MedQa.Analyzers.dll", "lib/net10.0/MedQa.Core.dll"],
            assemblies);
    }

    [Fact]
    public async Task Nuspec_Always_HasIdLicenseReadmeProjectUrlNotesAndNoDependencies()
    {
        var nupkg = await PackedPackage.FindOrPackAsync();
        using var zip = ZipFile.OpenRead(nupkg);
        using var stream = zip.GetEntry("MedQa.nuspec")!.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(element => element.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(element => element.Name.LocalName == name)?.Value;

        Assert.Equal("MedQa", Value("id"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.False(string.IsNullOrWhiteSpace(Value("projectUrl")));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.False(string.IsNullOrWhiteSpace(Value("releaseNotes")));
        Assert.Contains("analyzer", Value("tags"), StringComparison.Ordinal);
        Assert.DoesNotContain(metadata.Descendants(), element => element.Name.LocalName == "dependency");
    }

    [Fact]
    public async Task AspNetCoreNuspec_Always_DependsOnTheSameMedQaWithAllItsAssets()
    {
        // include="All": the dependency's analyzers and build props flow, so a user of MedQa.AspNetCore alone gets MEDQA001.
        var packages = await PackedPackage.FindOrPackAllAsync();
        using var zip = ZipFile.OpenRead(packages["MedQa.AspNetCore"]);
        using var stream = zip.GetEntry("MedQa.AspNetCore.nuspec")!.Open();
        var dependency = XDocument.Load(stream).Descendants().Single(element => element.Name.LocalName == "dependency");

        Assert.Equal("MedQa", (string?)dependency.Attribute("id"));
        Assert.Equal(PackedPackage.ReadVersion(packages["MedQa"]), (string?)dependency.Attribute("version"));
        Assert.Null(dependency.Attribute("exclude"));
        Assert.Equal("All", (string?)dependency.Attribute("include"));
    }

    [Fact]
    public async Task SymbolPackage_Always_SitsBesideThePackageWithThePdb()
    {
        var nupkg = await PackedPackage.FindOrPackAsync();
        var snupkg = Path.ChangeExtension(nupkg, ".snupkg");

        Assert.True(File.Exists(snupkg), $"No symbol package beside {nupkg}.");
        using var zip = ZipFile.OpenRead(snupkg);
        Assert.Contains("lib/net10.0/MedQa.Core.pdb", zip.Entries.Select(entry => entry.FullName));
    }

    [Fact]
    public async Task SymbolPackage_Pdb_EmbedsTheSources()
    {
        // A debugger steps into the library's sources from the PDB alone (Source Link adds links where origin is GitHub).
        var embeddedSource = new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE");
        var nupkg = await PackedPackage.FindOrPackAsync();
        using var zip = ZipFile.OpenRead(Path.ChangeExtension(nupkg, ".snupkg"));
        using var pdb = new MemoryStream();
        await using (var entry = zip.GetEntry("lib/net10.0/MedQa.Core.pdb")!.Open())
        {
            await entry.CopyToAsync(pdb);
        }

        pdb.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(pdb);
        var reader = provider.GetMetadataReader();
        var withSource = reader.Documents
            .Where(handle => reader.GetCustomDebugInformation(handle)
                .Any(info => reader.GetGuid(reader.GetCustomDebugInformation(info).Kind) == embeddedSource))
            .Select(handle => reader.GetString(reader.GetDocument(handle).Name).Replace('\\', '/'))
            .ToArray();

        Assert.Contains(withSource, path => path.EndsWith("/Model/QaThread.cs", StringComparison.Ordinal));
        Assert.Contains(withSource, path => path.EndsWith("/Rendering/MedQaHtmlRenderer.cs", StringComparison.Ordinal));
    }

    private static async Task<string[]> EntriesAsync()
    {
        var nupkg = await PackedPackage.FindOrPackAsync();
        using var zip = ZipFile.OpenRead(nupkg);
        return [.. zip.Entries.Select(entry => entry.FullName)];
    }
}
