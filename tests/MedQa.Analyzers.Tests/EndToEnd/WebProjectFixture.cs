using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace MedQa.Analyzers.Tests.EndToEnd;

/// <summary>
/// Writes a small ASP.NET Core web project (Razor Pages, MVC views, Blazor components, one minimal API) that
/// references the built analyzer and MedQa.Core, and builds it with the real SDK and Razor generator: once as
/// is, once with <c>dotnet_diagnostic.MEDQA001.severity = error</c>. Two builds in all, shared by the tests.
/// </summary>
public sealed partial class WebProjectFixture : IDisposable
{
    /// <summary>Lines that MEDQA001 must report end with this marker (a Razor comment, or a C# comment).</summary>
    public const string Marker = "MEDQA001 here";

    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    public WebProjectFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "medqa-e2e-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Root);
        foreach (var (path, text) in WebProject.Files(AppContext.BaseDirectory))
        {
            var full = Path.Combine(Root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        Expected = FindMarkers(Root);
        Warnings = Build(out var exitCode, out var output);
        WarningBuildExitCode = exitCode;
        WarningBuildOutput = output;

        File.WriteAllText(Path.Combine(Root, ".editorconfig"), """
            root = true

            [*]
            dotnet_diagnostic.MEDQA001.severity = error

            # Razor views: a per-view section takes MEDQA001's own key (the compiler ignores sections for generated code).
            [Components/MarkupAnswer.razor]
            medqa.MEDQA001.severity = warning
            """);
        Errors = Build(out exitCode, out output);
        ErrorBuildExitCode = exitCode;
        ErrorBuildOutput = output;
    }

    public string Root { get; }

    /// <summary>(file relative to the project, 1-based line) of each marked line.</summary>
    public IReadOnlySet<(string File, int Line)> Expected { get; }

    public IReadOnlySet<Reported> Warnings { get; }

    public int WarningBuildExitCode { get; }

    public string WarningBuildOutput { get; }

    public IReadOnlySet<Reported> Errors { get; }

    public int ErrorBuildExitCode { get; }

    public string ErrorBuildOutput { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static HashSet<(string, int)> FindMarkers(string root)
    {
        var expected = new HashSet<(string, int)>();
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Contains(Marker, StringComparison.Ordinal))
                {
                    expected.Add((Relative(root, file), i + 1));
                }
            }
        }

        return expected;
    }

    private HashSet<Reported> Build(out int exitCode, out string output)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "build", "-nologo", "-clp:NoSummary", "-nodeReuse:false",
            "-p:TreatWarningsAsErrors=false", "-p:UseSharedCompilation=false", "-p:RunAnalyzersDuringBuild=true",
        })
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs inside an MSBuild-launched process: keep its MSBuild settings out of the child build.
        foreach (var key in start.Environment.Keys.ToList())
        {
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(key);
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        using var process = Process.Start(start)!;
        var text = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (text) { text.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (text) { text.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(BuildTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet build of the end-to-end project took longer than " + BuildTimeout + ":\n" + text);
        }

        process.WaitForExit();
        exitCode = process.ExitCode;
        output = text.ToString();

        var reported = new HashSet<Reported>();
        foreach (Match match in DiagnosticLine().Matches(output))
        {
            reported.Add(new Reported(
                Relative(Root, match.Groups["file"].Value.Trim()),
                int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                match.Groups["severity"].Value,
                match.Groups["id"].Value,
                match.Groups["message"].Value.Trim()));
        }

        return reported;
    }

    private static string Relative(string root, string path)
        => Path.IsPathRooted(path) ? Path.GetRelativePath(root, path).Replace('\\', '/') : path.Replace('\\', '/');

    // "/tmp/x/Pages/NoLayout.cshtml(7,8): warning MEDQA001: '...' renders ... [/tmp/x/E2E.csproj]"
    [GeneratedRegex(@"^(?<file>[^\r\n]+?)\((?<line>\d+),\d+\): (?<severity>warning|error) (?<id>MEDQA\d+|AD0001): (?<message>[^\r\n]*?)(?: \[[^\r\n]*\])?\r?$", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();

    /// <summary>One diagnostic the build printed.</summary>
    public sealed record Reported(string File, int Line, string Severity, string Id, string Message);
}
