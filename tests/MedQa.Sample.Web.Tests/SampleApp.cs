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

    /// <summary>
    /// Starts the app and waits until it listens; <paramref name="dataFile"/> replaces the seed data file, and
    /// <paramref name="environment"/> is the hosting environment (Development is what <c>dotnet run</c> uses).
    /// </summary>
    public static async Task<SampleApp> StartAsync(string? dataFile = null, string environment = "Production")
    {
        if (!File.Exists(AssemblyPath))
        {
            throw new InvalidOperationException($"The sample is not built at {AssemblyPath}; build the solution first.");
        }

        List<string> arguments =
            ["exec", AssemblyPath, "--urls", "http://127.0.0.1:0", "--contentRoot", ProjectDirectory, "--environment", environment];
        if (dataFile is not null)
        {
            arguments.Add("--MedQa:DataFile=" + dataFile);
        }

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
            return new SampleApp(process, log, address);
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
