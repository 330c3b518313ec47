using System.Diagnostics;
using System.Text;

namespace MedQa.Tests;

/// <summary>The output of a finished <c>dotnet</c> command.</summary>
internal sealed record CommandResult(string CommandLine, int ExitCode, string Output, TimeSpan Elapsed)
{
    /// <summary>The command line, exit code, time and output, for assertion messages.</summary>
    public override string ToString() => $"`{CommandLine}` exited with {ExitCode} after {Elapsed.TotalSeconds:F1} s:\n{Output}";
}

/// <summary>Runs the <c>dotnet</c> CLI as a child process, isolated from the MSBuild that runs the tests.</summary>
internal static class DotnetCommand
{
    // Set by the CLI that runs `dotnet test`; a nested build must find its own MSBuild and SDK.
    private static readonly string[] InheritedMSBuildVariables =
        ["MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildSDKsPath", "MSBuildLoadMicrosoftTargetsReadOnly", "VSTEST_HOST_DEBUG"];

    /// <summary>The dotnet executable that runs the tests, else the one on PATH.</summary>
    public static string Executable { get; } =
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>A start info for <c>dotnet</c> with the arguments, output redirected, telemetry and first-run messages off.</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var name in InheritedMSBuildVariables)
        {
            info.Environment.Remove(name);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        info.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        return info;
    }

    /// <summary>
    /// Runs <c>dotnet</c> to completion and returns its combined output. The process tree is killed after
    /// <paramref name="timeout"/>; the output is read by events, so a build server that inherited the pipes
    /// cannot make the test wait for it.
    /// </summary>
    public static async Task<CommandResult> RunAsync(
        string workingDirectory, IEnumerable<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = StartInfo(workingDirectory, arguments, environment);
        var commandLine = "dotnet " + string.Join(' ', info.ArgumentList);
        var output = new StringBuilder();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        var stopwatch = Stopwatch.StartNew();
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await WaitForExitAsync(process, cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{commandLine}` did not finish within {timeout}:\n{Snapshot(output)}");
        }

        // Give the last lines a moment to arrive, but never wait for pipes held open by a detached server.
        await Task.Delay(100, CancellationToken.None);
        return new CommandResult(commandLine, process.ExitCode, Snapshot(output), stopwatch.Elapsed);
    }

    private static async Task WaitForExitAsync(Process process, CancellationToken cancellationToken)
    {
        // Process.WaitForExitAsync also waits for the redirected streams to close; poll HasExited instead.
        while (!process.HasExited)
        {
            await Task.Delay(100, cancellationToken);
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
