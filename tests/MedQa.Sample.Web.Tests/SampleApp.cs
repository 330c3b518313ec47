using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace MedQa.Sample.Web.Tests;

/// <summary>
/// The built sample app (<c>samples/MedQa.Sample.Web</c>, same configuration as the tests), started with
/// <c>dotnet exec</c> on a free loopback port that Kestrel picks (<c>--urls http://127.0.0.1:0</c>), in Production.
/// </summary>
internal sealed partial class SampleApp : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log;

    private string? _databaseFile;

    private SampleApp(Process process, StringBuilder log, Uri baseAddress)
    {
        _process = process;
        _log = log;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>The sample's project folder, its content root.</summary>
    public static string ProjectDirectory { get; } = RepositoryPaths.Combine("samples", "MedQa.Sample.Web");

    /// <summary>The sample's assembly, built by the tests' ProjectReference in the tests' configuration.</summary>
    public static string AssemblyPath { get; } = Path.Combine(
        ProjectDirectory,
        "bin",
        typeof(SampleApp).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug",
        "net10.0",
        "MedQa.Sample.Web.dll");

    /// <summary>Where the app listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>A client for <see cref="BaseAddress"/>.</summary>
    public HttpClient Client { get; }

    /// <summary>Everything the app has logged so far (its console).</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>The moderator account created before a start outside Development (where no demo account exists).</summary>
    public const string OperatorUser = "operator";

    /// <summary>Its password.</summary>
    public const string OperatorPassword = "operator-password";

    /// <summary>
    /// Starts the app and waits until it listens; <paramref name="dataFile"/> replaces the seed data file, and
    /// <paramref name="environment"/> is the hosting environment (Development is what <c>dotnet run</c> uses).
    /// Every start gets a new SQLite database in a temporary folder unless <paramref name="settings"/> names one;
    /// outside Development the <see cref="OperatorUser"/> moderator is created first with <c>add-account</c>.
    /// </summary>
    public static async Task<SampleApp> StartAsync(string? dataFile = null, string environment = "Production", IReadOnlyList<string>? settings = null)
    {
        if (!File.Exists(AssemblyPath))
        {
            throw new InvalidOperationException($"The sample is not built at {AssemblyPath}; build the solution first.");
        }

        List<string> configuration = ["--environment", environment, .. settings ?? []];
        string? databaseFile = null;
        if (!configuration.Any(setting => setting.StartsWith("--MedQa:Database:", StringComparison.Ordinal)))
        {
            databaseFile = Path.Combine(Path.GetTempPath(), $"medqa-sample-{Guid.NewGuid():N}.db");
            configuration.Add($"--MedQa:Database:ConnectionString=Data Source={databaseFile}");
        }

        if (dataFile is not null)
        {
            configuration.Add("--MedQa:DataFile=" + dataFile);
        }

        if (environment != "Development")
        {
            var created = await DotnetCommand.RunAsync(
                ProjectDirectory,
                ["exec", AssemblyPath, "add-account", OperatorUser, "Moderator", "--contentRoot", ProjectDirectory, .. configuration],
                TimeSpan.FromSeconds(60),
                new Dictionary<string, string> { ["MEDQA_ACCOUNT_PASSWORD"] = OperatorPassword });
            if (created.ExitCode != 0)
            {
                throw new InvalidOperationException($"add-account failed ({created.ExitCode}):\n{created.Output}");
            }
        }

        List<string> arguments = ["exec", AssemblyPath, "--urls", "http://127.0.0.1:0", "--contentRoot", ProjectDirectory, .. configuration];

        var info = DotnetCommand.StartInfo(
            ProjectDirectory,
            arguments,
            new Dictionary<string, string> { ["Logging__Console__FormatterOptions__SingleLine"] = "true" });
        var log = new StringBuilder();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        void OnLine(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (log)
            {
                log.AppendLine(line);
            }

            if (ListeningLine().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups["url"].Value.TrimEnd('/') + "/"));
            }
        }

        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("The sample exited before listening."));
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            var address = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
            return new SampleApp(process, log, address) { _databaseFile = databaseFile };
        }
        catch (Exception exception) when (exception is TimeoutException or InvalidOperationException)
        {
            Stop(process);
            string output;
            lock (log)
            {
                output = log.ToString();
            }

            throw new InvalidOperationException($"The sample did not start ({exception.Message}):\n{output}", exception);
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Stop(_process);
        if (_databaseFile is not null)
        {
            foreach (var file in new[] { _databaseFile, _databaseFile + "-wal", _databaseFile + "-shm" })
            {
                File.Delete(file);
            }
        }

        await Task.CompletedTask;
    }

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://[^\s]+)")]
    private static partial Regex ListeningLine();
}
