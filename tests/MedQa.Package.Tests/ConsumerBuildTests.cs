namespace MedQa.Package.Tests;

/// <summary>
/// Builds a fresh consumer web project three times against the packed package: with MEDQA001 at its default
/// severity; with <c>dotnet_diagnostic.MEDQA001.severity = error</c> in its .editorconfig; and with the same line in a
/// .globalconfig (the second and third are incremental builds, a few seconds each).
/// </summary>
public sealed class ConsumerBuildFixture : IAsyncLifetime
{
    internal ConsumerProject Project { get; private set; } = null!;

    internal CommandResult WarningBuild { get; private set; } = null!;

    internal CommandResult ErrorBuild { get; private set; } = null!;

    internal IReadOnlyList<BuildDiagnostic> Warnings { get; private set; } = [];

    internal IReadOnlyList<BuildDiagnostic> Errors { get; private set; } = [];

    internal CommandResult GlobalErrorBuild { get; private set; } = null!;

    internal IReadOnlyList<BuildDiagnostic> GlobalErrors { get; private set; } = [];

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        Project = ConsumerProject.Create(await PackedPackage.FindOrPackAllAsync());
        WarningBuild = await Project.BuildAsync();
        Warnings = Project.Diagnostics(WarningBuild);

        Project.SetSeverity("error");
        ErrorBuild = await Project.BuildAsync(noRestore: true);
        Errors = Project.Diagnostics(ErrorBuild);

        Project.SetGlobalSeverity("error");
        GlobalErrorBuild = await Project.BuildAsync(noRestore: true);
        GlobalErrors = Project.Diagnostics(GlobalErrorBuild);
    }

    /// <inheritdoc/>
    public Task DisposeAsync()
    {
        Project?.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>
/// What a user who ran <c>dotnet add package MedQa.AspNetCore</c> (or <c>MedQa</c>) sees when building: the analyzer on,
/// at the right lines, for code, views and components, MedQa.AspNetCore's tag helpers and components included; and the
/// README's snippets compile.
/// </summary>
public sealed class ConsumerBuildTests(ConsumerBuildFixture fixture) : IClassFixture<ConsumerBuildFixture>
{
    [Theory]
    [InlineData("MedQa")]
    [InlineData("MedQa.AspNetCore")]
    [InlineData("MedQa.EntityFrameworkCore")]
    public void Restore_FromLocalFeed_UsesThePackedPackage(string id)
    {
        var project = fixture.Project;
        var nupkg = project.Nupkgs[id];
        var version = PackedPackage.ReadVersion(nupkg).ToLowerInvariant();
        var restored = Path.Combine(project.Packages, id.ToLowerInvariant(), version, $"{id.ToLowerInvariant()}.{version}.nupkg");

        Assert.True(File.Exists(restored), $"{id} {version} was not restored into {project.Packages}.\n{fixture.WarningBuild}");
        Assert.Equal(File.ReadAllBytes(nupkg), File.ReadAllBytes(restored));
    }

    [Fact]
    public void Build_ConsumerOfMedQaAspNetCoreAlone_GetsTheAnalyzerFromItsMedQaDependency()
    {
        // Consumer.csproj references MedQa.AspNetCore only: MEDQA001 must come with the packed MedQa it depends on.
        var csproj = File.ReadAllText(Path.Combine(fixture.Project.Directory, "Consumer.csproj"));

        Assert.DoesNotContain("Include=\"MedQa\"", csproj, StringComparison.Ordinal);
        Assert.Contains(fixture.Warnings, d => d.Id == "MEDQA001" && !d.File.StartsWith("../", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_ReadmeSnippets_CompileAgainstThePackedPackagesAndReportNothing()
    {
        // Every ```csharp, ```cshtml and ```razor block of README.md is a file of ../Readme (ReadmeProject): the build
        // must produce its assembly, with no error or warning of any kind in those files.
        var readme = fixture.Project.ReadmeDirectory;
        var inReadme = fixture.WarningBuild.Output.Split('\n')
            .Where(line => line.Contains(readme, StringComparison.Ordinal) && (line.Contains(": error ", StringComparison.Ordinal) || line.Contains(": warning ", StringComparison.Ordinal)))
            .ToArray();

        Assert.True(inReadme.Length == 0, string.Join('\n', inReadme));
        Assert.True(File.Exists(Path.Combine(readme, "bin", "Debug", "net10.0", "Readme.dll")), fixture.WarningBuild.ToString());
        Assert.DoesNotContain(fixture.Warnings, d => d.File.StartsWith("../Readme/", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_DefaultSeverity_SucceedsWithWarnings()
        => Assert.True(fixture.WarningBuild.ExitCode == 0, fixture.WarningBuild.ToString());

    [Fact]
    public void Build_DefaultSeverity_WarnsOfNothingButMEDQA001()
    {
        // Such as CS8032 (an analyzer could not be created) or NU1xxx (restore): the package must load cleanly.
        var others = fixture.WarningBuild.Output.Split('\n')
            .Where(line => line.Contains(": warning ", StringComparison.Ordinal) && !line.Contains(": warning MEDQA001:", StringComparison.Ordinal))
            .ToArray();

        Assert.True(others.Length == 0, string.Join('\n', others));
    }

    [Theory]
    [InlineData(".cs")]
    [InlineData(".cshtml")]
    [InlineData(".razor")]
    public void Build_DefaultSeverity_ReportsMEDQA001AtEachMarkedLine(string extension)
    {
        var expected = fixture.Project.ExpectedLocations().Where(location => HasExtension(location, extension)).ToArray();
        var actual = fixture.Warnings.Where(d => d.Id == "MEDQA001" && HasExtension(d.File, extension)).Select(d => d.Where).ToArray();

        Assert.NotEmpty(expected);
        Assert.True(expected.SequenceEqual(actual), Explain(expected, actual, fixture.WarningBuild));
        Assert.All(fixture.Warnings.Where(d => HasExtension(d.File, extension)), d => Assert.Equal("warning", d.Severity));
    }

    [Fact]
    public void Build_TestProject_ReportsNothing()
    {
        // ConsumerTests/PrinterTests.cs writes answers without the disclaimer, in a project with IsTestProject=true.
        var inTests = fixture.Warnings.Concat(fixture.Errors).Concat(fixture.GlobalErrors)
            .Where(d => d.File.StartsWith("../ConsumerTests/", StringComparison.Ordinal))
            .Select(d => d.Where)
            .ToArray();

        Assert.True(File.Exists(Path.Combine(fixture.Project.TestsDirectory, "bin", "Debug", "net10.0", "ConsumerTests.dll")), fixture.WarningBuild.ToString());
        Assert.Empty(inTests);
    }

    [Fact]
    public void Build_DefaultSeverity_ReportsNothingElse()
    {
        var expected = fixture.Project.ExpectedLocations();
        var actual = fixture.Warnings.Select(d => d.Where).ToArray();

        Assert.True(expected.SequenceEqual(actual), Explain(expected, actual, fixture.WarningBuild));
    }

    [Fact]
    public void Build_SeverityErrorInEditorConfig_FailsWithMEDQA001ErrorAtEachMarkedLine()
    {
        // The compiler does not apply .editorconfig sections to Razor's source-generated files; MEDQA001 applies the
        // severity to .cshtml and .razor lines itself, so the same one line in .editorconfig covers all three.
        var expected = fixture.Project.ExpectedLocations();
        var actual = fixture.Errors.Where(d => d.Severity == "error").Select(d => d.Where).ToArray();

        Assert.True(fixture.ErrorBuild.ExitCode != 0, "The build passed with MEDQA001 as an error.\n" + fixture.ErrorBuild);
        Assert.True(expected.SequenceEqual(actual), Explain(expected, actual, fixture.ErrorBuild));
        Assert.DoesNotContain(fixture.Errors, d => d.Severity == "warning");
    }

    [Fact]
    public void Build_SeverityErrorInGlobalConfig_FailsWithMEDQA001ErrorAtEachMarkedLine()
    {
        var expected = fixture.Project.ExpectedLocations();
        var actual = fixture.GlobalErrors.Where(d => d.Severity == "error").Select(d => d.Where).ToArray();

        Assert.True(fixture.GlobalErrorBuild.ExitCode != 0, "The build passed with MEDQA001 as an error.\n" + fixture.GlobalErrorBuild);
        Assert.True(expected.SequenceEqual(actual), Explain(expected, actual, fixture.GlobalErrorBuild));
    }

    private static bool HasExtension(string location, string extension)
        => Path.GetExtension(location.Split(':')[0]).Equals(extension, StringComparison.OrdinalIgnoreCase);

    private static string Explain(IEnumerable<string> expected, IEnumerable<string> actual, CommandResult build)
        => $"expected MEDQA001 at [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]\n{build}";
}
