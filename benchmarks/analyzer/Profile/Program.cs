using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

// Usage: AnalyzerProfile <csc.rsp> <generated-files-dir> <reps> <analyzer.dll>...
// Runs the analyzers of the given assemblies over the compilation the response file describes (sources, references,
// options, .editorconfig, additional files) plus the generators' emitted files, REPS times, and prints each
// analyzer's execution time as the compiler's -p:ReportAnalyzer=true reports it, and the diagnostics by id.
if (args.Length < 4)
{
    Console.Error.WriteLine("usage: AnalyzerProfile <csc.rsp> <generated-dir> <reps> <analyzer.dll>...");
    return 2;
}

var compilation = RecordedCompilation.Load(args[0], args[1], out var parsed);
foreach (var error in parsed.Errors)
{
    Console.Error.WriteLine(error);
}

var trees = compilation.SyntaxTrees.ToList();
var references = compilation.References.ToList();
var declarationErrors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
Console.WriteLine($"{trees.Count} trees, {references.Count} references, {declarationErrors} compile errors");

var configs = parsed.AnalyzerConfigPaths.Select(p => AnalyzerConfig.Parse(File.ReadAllText(p), p)).ToImmutableArray();
var configSet = AnalyzerConfigSet.Create(configs);
var additional = parsed.AdditionalFiles.Select(f => (AdditionalText)new FileText(f.Path)).ToImmutableArray();
var options = new AnalyzerOptions(additional, new ConfigProvider(configSet, trees, additional));

var analyzers = args.Skip(3)
    .SelectMany(path => new AnalyzerFileReference(Path.GetFullPath(path), new Loader()).GetAnalyzers(LanguageNames.CSharp))
    .ToImmutableArray();
var reps = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
for (var rep = 1; rep <= reps; rep++)
{
    var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, null, concurrentAnalysis: Environment.GetEnvironmentVariable("PROFILE_SEQUENTIAL") is not { Length: > 0 }, logAnalyzerExecutionTime: true));
    var clock = Stopwatch.StartNew();
    var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
    clock.Stop();
    Console.WriteLine($"rep {rep}: wall {clock.Elapsed.TotalSeconds:0.000} s");
    foreach (var analyzer in analyzers)
    {
        var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
        Console.WriteLine($"  {telemetry.ExecutionTime.TotalSeconds,8:0.000} s  {analyzer.GetType().FullName}");
    }

    foreach (var group in diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
    {
        Console.WriteLine($"  {group.Key}: {group.Count()}");
    }

    if (rep == 1 && Environment.GetEnvironmentVariable("PROFILE_DIAGNOSTICS") is { Length: > 0 } dump)
    {
        File.WriteAllLines(dump, diagnostics.Select(d => d.ToString()).OrderBy(s => s, StringComparer.Ordinal));
    }
}

return 0;

/// <summary>An additional file read from disk.</summary>
internal sealed class FileText(string path) : AdditionalText
{
    public override string Path { get; } = path;

    public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default)
        => Microsoft.CodeAnalysis.Text.SourceText.From(File.ReadAllText(Path));
}

/// <summary>The .editorconfig and global options, as the compiler computes them per file.</summary>
internal sealed class ConfigProvider : AnalyzerConfigOptionsProvider
{
    private readonly AnalyzerConfigSet _set;

    public ConfigProvider(AnalyzerConfigSet set, IEnumerable<SyntaxTree> trees, IEnumerable<AdditionalText> additional)
    {
        _set = set;
        GlobalOptions = new Options(set.GlobalConfigOptions.AnalyzerOptions);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(_set.GetOptionsForSourcePath(tree.FilePath).AnalyzerOptions);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(_set.GetOptionsForSourcePath(textFile.Path).AnalyzerOptions);

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}

/// <summary>Loads analyzer assemblies from their paths (one version of each per process).</summary>
internal sealed class Loader : IAnalyzerAssemblyLoader
{
    public void AddDependencyLocation(string fullPath)
    {
    }

    public System.Reflection.Assembly LoadFromPath(string fullPath) => System.Reflection.Assembly.LoadFrom(fullPath);
}
