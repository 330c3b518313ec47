using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MedQa.Analyzers.Tests.Infrastructure;

/// <summary>No .editorconfig or global options: MEDQA001's defaults. (benchmarks/analyzer/Walk links this file in.)</summary>
internal sealed class NoOptions : AnalyzerConfigOptionsProvider
{
    public static readonly NoOptions Instance = new();

    public override AnalyzerConfigOptions GlobalOptions => Empty.Instance;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty.Instance;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty.Instance;

    private sealed class Empty : AnalyzerConfigOptions
    {
        public static readonly Empty Instance = new();

        public override bool TryGetValue(string key, out string value)
        {
            value = "";
            return false;
        }
    }
}
