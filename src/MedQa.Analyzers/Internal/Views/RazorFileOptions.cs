using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// The severity of a diagnostic reported at a <c>.cshtml</c>/<c>.razor</c> line. The command-line compiler does not
/// apply <c>.editorconfig</c> sections to source-generated files (dotnet/roslyn#47384, #55921), where Razor's code
/// lives; so MEDQA001 applies them itself: <c>medqa.MEDQA001.severity</c> in a section matching the view (Razor passes
/// views as additional files), else <c>dotnet_diagnostic.MEDQA001.severity</c> as configured for the C# files of the
/// view's folder or the nearest folder above it. A <c>.globalconfig</c> applies as usual.
/// </summary>
internal sealed class RazorFileOptions
{
    /// <summary>The per-view severity key, for sections such as <c>[Pages/Legacy/**.cshtml]</c>.</summary>
    public const string SeverityKey = "medqa.MEDQA001.severity";

    private readonly AnalyzerOptions _options;
    private readonly Compilation _compilation;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<string, AdditionalText> _files = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SyntaxTree> _treesByFolder = new(StringComparer.OrdinalIgnoreCase);

    [MethodImpl(HotPath.RunOnce)]
    public RazorFileOptions(AnalyzerOptions options, Compilation compilation, CancellationToken cancellationToken)
    {
        _options = options;
        _compilation = compilation;
        _cancellationToken = cancellationToken;
        foreach (var file in options.AdditionalFiles)
        {
            if (file.Path is { Length: > 0 } path)
            {
                _files[path] = file;
            }
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            if (!GeneratedFiles.IsGenerated(tree) && Folder(tree.FilePath) is { } folder && !_treesByFolder.ContainsKey(folder))
            {
                _treesByFolder[folder] = tree;
            }
        }
    }

    /// <summary>Updates <paramref name="severity"/> for the view the location maps to; false when the rule is off there.</summary>
    public bool TryGetSeverity(Location location, string id, ref DiagnosticSeverity severity)
    {
        var mapped = location.GetMappedLineSpan();
        if (!mapped.HasMappedPath)
        {
            return true;
        }

        if (_files.TryGetValue(mapped.Path, out var file)
            && _options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(SeverityKey, out var value))
        {
            return Apply(Parse(value), ref severity);
        }

        var provider = _compilation.Options.SyntaxTreeOptionsProvider;
        for (var folder = Folder(mapped.Path); provider is not null && folder is not null; folder = Folder(folder))
        {
            if (_treesByFolder.TryGetValue(folder, out var tree))
            {
                return provider.TryGetDiagnosticValue(tree, id, _cancellationToken, out var report) ? Apply(report, ref severity) : true;
            }
        }

        return true;
    }

    private static bool Apply(ReportDiagnostic report, ref DiagnosticSeverity severity)
    {
        switch (report)
        {
            case ReportDiagnostic.Error:
                severity = DiagnosticSeverity.Error;
                return true;
            case ReportDiagnostic.Warn:
                severity = DiagnosticSeverity.Warning;
                return true;
            case ReportDiagnostic.Info:
                severity = DiagnosticSeverity.Info;
                return true;
            case ReportDiagnostic.Hidden:
                severity = DiagnosticSeverity.Hidden;
                return true;
            case ReportDiagnostic.Suppress:
                return false;
            default:
                return true;
        }
    }

    private static ReportDiagnostic Parse(string value) => value.Trim().ToLowerInvariant() switch
    {
        "error" => ReportDiagnostic.Error,
        "warning" => ReportDiagnostic.Warn,
        "suggestion" => ReportDiagnostic.Info,
        "silent" => ReportDiagnostic.Hidden,
        "none" => ReportDiagnostic.Suppress,
        _ => ReportDiagnostic.Default,
    };

    private static string? Folder(string? path)
    {
        if (path is null || path.Length == 0)
        {
            return null;
        }

        try
        {
            return Path.GetDirectoryName(path) is { Length: > 0 } folder ? folder : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
