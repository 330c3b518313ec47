using System.Diagnostics;
using System.Text;

namespace MedQa.Sample.Web.Tests;

/// <summary>
/// The browser tests' front-end packages (AngularJS, axe-core), named with exact versions in this project's own
/// <c>package.json</c> and <c>package-lock.json</c> and installed from them with <c>npm ci</c> into its
/// <c>node_modules</c>, once: again only when the lock file is newer than the installed tree. Where npm is missing,
/// the tests that need it are skipped on a developer's machine and fail under CI=true (<see cref="NpmChromiumFactAttribute"/>).
/// </summary>
internal static class NpmAssets
{
    private static readonly SemaphoreSlim Lock = new(1, 1);
    private static bool _installed;

    /// <summary>The folder holding package.json: this test project's source folder.</summary>
    public static string ProjectDirectory { get; } = RepositoryPaths.Combine("tests", "MedQa.Sample.Web.Tests");

    /// <summary>The npm executable on PATH, or null.</summary>
    public static string? Npm { get; } = FindOnPath("npm");

    /// <summary>Why the npm packages cannot be installed, or null when they can.</summary>
    public static string? MissingReason => Npm is null
        ? "npm is not on PATH: the browser tests install AngularJS and axe-core with `npm ci` from tests/MedQa.Sample.Web.Tests/package-lock.json."
        : null;

    /// <summary>The path of a file of an installed package, such as ("angular", "angular.min.js"); installs the packages first.</summary>
    public static async Task<string> PathOfAsync(string package, string file)
    {
        await InstallAsync();
        var path = Path.Combine(ProjectDirectory, "node_modules", package, file);
        return File.Exists(path) ? path : throw new FileNotFoundException($"`npm ci` installed no {package}/{file}.", path);
    }

    private static async Task InstallAsync()
    {
        await Lock.WaitAsync();
        try
        {
            if (_installed || IsUpToDate())
            {
                _installed = true;
                return;
            }

            if (Npm is null)
            {
                throw new InvalidOperationException(MissingReason);
            }

            // --ignore-scripts: the packages are plain files; nothing of theirs runs on this machine.
            var (exitCode, output) = await RunAsync(Npm, ["ci", "--ignore-scripts", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(5));
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"`npm ci` in {ProjectDirectory} exited with {exitCode}:\n{output}");
            }

            _installed = true;
        }
        finally
        {
            Lock.Release();
        }
    }

    // npm writes node_modules/.package-lock.json after an install; a lock file changed since means a new install.
    private static bool IsUpToDate()
    {
        var installed = Path.Combine(ProjectDirectory, "node_modules", ".package-lock.json");
        return File.Exists(installed)
            && File.GetLastWriteTimeUtc(installed) >= File.GetLastWriteTimeUtc(Path.Combine(ProjectDirectory, "package-lock.json"));
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string executable, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(executable)
        {
            WorkingDirectory = ProjectDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["NO_UPDATE_NOTIFIER"] = "1";
        var output = new StringBuilder();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`npm ci` did not finish within {timeout}.");
        }

        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }

    private static string? FindOnPath(string name)
        => (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
