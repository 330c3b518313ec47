using System.Text.RegularExpressions;

namespace MedQa.Package.Tests;

/// <summary>A diagnostic the build printed, at a path relative to the consumer project.</summary>
public sealed record BuildDiagnostic(string File, int Line, string Severity, string Id, string Message)
{
    /// <summary>"Pages/NoDisclaimer.cshtml:11", for assertion messages.</summary>
    public string Where => $"{File}:{Line}";
}

/// <summary>
/// A fresh web project in a temporary folder, isolated from the repository's build settings, that restores the packed
/// <c>MedQa.AspNetCore</c> package (and through it the packed <c>MedQa</c>, analyzer included) from a local folder feed
/// into its own package folder, so a stale cached MedQa is never used. Its sources are
/// <c>tests/MedQa.Package.Tests/Consumer</c>; lines that must get MEDQA001 end with an "expect: MEDQA001" comment.
/// Beside it, a test project referencing <c>MedQa</c> alone, and the README's snippets as a project of their own
/// (<see cref="ReadmeProject"/>), all built as one solution.
/// </summary>
internal sealed partial class ConsumerProject : IDisposable
{
    private const string ExpectMarker = "expect: MEDQA001";

    private ConsumerProject(string root, IReadOnlyDictionary<string, string> nupkgs)
    {
        Root = root;
        Directory = Path.Combine(root, "Consumer");
        TestsDirectory = Path.Combine(root, "ConsumerTests");
        ReadmeDirectory = Path.Combine(root, "Readme");
        Feed = Path.Combine(root, "feed");
        Packages = Path.Combine(root, "packages");
        Nupkgs = nupkgs;
        Nupkg = nupkgs["MedQa"];
        Version = PackedPackage.ReadVersion(Nupkg);
    }

    /// <summary>The temporary folder holding the project, the feed and the package folder.</summary>
    public string Root { get; }

    /// <summary>The project's folder.</summary>
    public string Directory { get; }

    /// <summary>A test project beside it (IsTestProject), also referencing the package, where MEDQA001 must not report.</summary>
    public string TestsDirectory { get; }

    /// <summary>The project compiling every C#, .cshtml and .razor snippet of README.md against the packed packages.</summary>
    public string ReadmeDirectory { get; }

    /// <summary>The local folder feed: copies of the packed packages alone.</summary>
    public string Feed { get; }

    /// <summary>The project's own NuGet package folder (NUGET_PACKAGES).</summary>
    public string Packages { get; }

    /// <summary>The packed packages under test, by package id.</summary>
    public IReadOnlyDictionary<string, string> Nupkgs { get; }

    /// <summary>The packed <c>MedQa</c> package.</summary>
    public string Nupkg { get; }

    /// <summary>Its version.</summary>
    public string Version { get; }

    /// <summary>Lays out the projects around the packed packages (by package id).</summary>
    public static ConsumerProject Create(IReadOnlyDictionary<string, string> nupkgs)
    {
        var root = Path.Combine(Path.GetTempPath(), "medqa-consumer-" + Guid.NewGuid().ToString("N")[..12]);
        var project = new ConsumerProject(root, nupkgs);
        project.Write();
        return project;
    }

    /// <summary>Where the sources expect MEDQA001: the lines marked "expect: MEDQA001".</summary>
    public IReadOnlyList<string> ExpectedLocations()
    {
        var expected = new List<string>();
        foreach (var path in System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories))
        {
            var relative = Relative(path);
            if (relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal))
            {
                continue;
            }

            var lines = File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Contains(ExpectMarker, StringComparison.Ordinal))
                {
                    expected.Add($"{relative}:{i + 1}");
                }
            }
        }

        expected.Sort(StringComparer.Ordinal);
        return expected;
    }

    /// <summary>Restores (from the local feed) and builds the three projects; <paramref name="noRestore"/> for a rebuild after a config change.</summary>
    public Task<CommandResult> BuildAsync(bool noRestore = false)
    {
        List<string> arguments = ["build", "-tl:off", "-nologo", "-clp:NoSummary", "--disable-build-servers"];
        if (noRestore)
        {
            arguments.Add("--no-restore");
        }

        // All three projects, through one solution: one build.
        arguments.Insert(1, Path.Combine(Root, "Consumer.slnx"));
        return DotnetCommand.RunAsync(Root, arguments, TimeSpan.FromMinutes(5), new Dictionary<string, string> { ["NUGET_PACKAGES"] = Packages });
    }

    /// <summary>Sets MEDQA001's severity in the project's .editorconfig, for every file.</summary>
    public void SetSeverity(string severity) => File.WriteAllText(
        Path.Combine(Directory, ".editorconfig"),
        $"root = true\n\n[*]\ndotnet_diagnostic.MEDQA001.severity = {severity}\n");

    /// <summary>Sets MEDQA001's severity in a global analyzer config (<c>.globalconfig</c>), and none in .editorconfig.</summary>
    public void SetGlobalSeverity(string severity)
    {
        File.WriteAllText(Path.Combine(Directory, ".editorconfig"), "root = true\n");
        File.WriteAllText(Path.Combine(Directory, ".globalconfig"), $"is_global = true\ndotnet_diagnostic.MEDQA001.severity = {severity}\n");
    }

    /// <summary>The MEDQA diagnostics in a build's output, once each, with paths relative to the project.</summary>
    public IReadOnlyList<BuildDiagnostic> Diagnostics(CommandResult build)
    {
        var found = new SortedDictionary<string, BuildDiagnostic>(StringComparer.Ordinal);
        foreach (Match match in DiagnosticLine().Matches(build.Output))
        {
            var file = match.Groups["file"].Value.Trim();
            var diagnostic = new BuildDiagnostic(
                Path.IsPathRooted(file) ? Relative(file) : file.Replace('\\', '/'),
                int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                match.Groups["severity"].Value,
                match.Groups["id"].Value,
                match.Groups["message"].Value.Trim());
            found.TryAdd($"{diagnostic.Where} {diagnostic.Severity} {diagnostic.Id}", diagnostic);
        }

        return [.. found.Values];
    }

    /// <summary>Deletes the temporary folder, unless MEDQA_KEEP_CONSUMER is set (to look at it after a failure).</summary>
    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("MEDQA_KEEP_CONSUMER") is null)
        {
            try
            {
                System.IO.Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }

    /// <summary>
    /// The consumer's nuget.config: the user's own package sources (inherited, never cleared: the SDKs add packages of
    /// their own that an empty cache can only get from them) plus the local folder feed holding the packed packages. No
    /// registry is named here; that the restored MedQa is the packed one is checked byte for byte by the build tests.
    /// </summary>
    internal static string NuGetConfig(string feed) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <add key="medqa-local-feed" value="{feed}" />
          </packageSources>
        </configuration>
        """;

    private string Relative(string path) => Path.GetRelativePath(Directory, path).Replace('\\', '/');

    private static void CopySources(string name, string target)
    {
        var source = RepositoryPaths.Combine("tests", "MedQa.Package.Tests", name);
        foreach (var file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("bin", StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal))
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    private void Write()
    {
        CopySources("Consumer", Directory);
        CopySources("ConsumerTests", TestsDirectory);

        System.IO.Directory.CreateDirectory(Feed);
        foreach (var nupkg in Nupkgs.Values)
        {
            File.Copy(nupkg, Path.Combine(Feed, Path.GetFileName(nupkg)));
        }

        foreach (var (path, text) in ReadmeProject.Files(
            File.ReadAllText(RepositoryPaths.Combine("README.md")),
            Nupkgs.ToDictionary(package => package.Key, package => PackedPackage.ReadVersion(package.Value), StringComparer.Ordinal)))
        {
            var destination = Path.Combine(ReadmeDirectory, path);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.WriteAllText(destination, text);
        }

        // Nothing of the repository's (or the temp folder's) build settings may leak in: empty props and targets.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "nuget.config"), NuGetConfig(Feed));
        File.WriteAllText(Path.Combine(Directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <RootNamespace>Consumer</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <!-- MedQa.AspNetCore alone: the packed MedQa, with its analyzer, comes as its dependency. -->
                <PackageReference Include="MedQa.AspNetCore" Version="[{PackedPackage.ReadVersion(Nupkgs["MedQa.AspNetCore"])}]" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(TestsDirectory, "ConsumerTests.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <IsTestProject>true</IsTestProject>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="MedQa" Version="[{Version}]" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(Root, "Consumer.slnx"), """
            <Solution>
              <Project Path="Consumer/Consumer.csproj" />
              <Project Path="ConsumerTests/ConsumerTests.csproj" />
              <Project Path="Readme/Readme.csproj" />
            </Solution>
            """);
        SetSeverity("warning");
    }

    // MSBuild's canonical format: "path(line,col[,endLine,endCol]): warning MEDQA001: message [project]".
    [GeneratedRegex(@"^\s*(?<file>[^\r\n]+?)\((?<line>\d+),\d+(?:,\d+,\d+)?\): (?<severity>warning|error) (?<id>MEDQA\d{3}): (?<message>[^\r\n]*?)(?: \[[^\]\r\n]+\])?\r?$", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();
}
