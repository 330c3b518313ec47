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
        Project = ConsumerProject.Create(await PackedPackage.FindOrPackAsync());
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

/// <summary>What a user who ran <c>dotnet add package MedQa</c> sees when building: the analyzer on, at the right lines.</summary>
public sealed class ConsumerBuildTests(ConsumerBuildFixture fixture) : IClassFixture<ConsumerBuildFixture>
{
    [Fact]
    public void Restore_FromLocalFeed_UsesThePackedPackage()
    {
        var project = fixture.Project;
        var restored = Path.Combine(project.Packages, "medqa", project.Version.ToLowerInvariant(), $"medqa.{project.Version.ToLowerInvariant()}.nupkg");

        Assert.True(File.Exists(restored), $"MedQa {project.Version} was not restored into {project.Packages}.\n{fixture.WarningBuild}");
        Assert.Equal(File.ReadAllBytes(project.Nupkg), File.ReadAllBytes(restored));
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
