using System.Collections.Concurrent;
using System.Collections.Immutable;
using MedQa.Analyzers.Internal;
using MedQa.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MedQa.Analyzers.Tests.Internal;

/// <summary>
/// Runs the set-aside stage as MEDQA001 does (a plain class's body is offered to <see cref="SetAsideBodies"/>, any
/// other is walked; the compilation end walks what the flow reaches) and tells which bodies were set aside and which
/// of those the closure walked, as <c>Type.Member</c>.
/// </summary>
internal static class SetAsideClosure
{
    public static (HashSet<string> SetAside, HashSet<string> Walked) Run(params string[] sources)
        => Run(TestCompilations.Library([Sources.Model, .. sources]));

    /// <summary>
    /// <see cref="Run(string[])"/> for an app that references the model as a library (<see cref="ModelLibrary"/>), as
    /// apps reference MedQa.Core: none of the model's bodies is the app's, so none is set aside.
    /// </summary>
    public static (HashSet<string> SetAside, HashSet<string> Walked) RunAgainstLibrary(params string[] sources)
        => Run(ModelLibrary.App(sources));

    private static (HashSet<string> SetAside, HashSet<string> Walked) Run(CSharpCompilation compilation)
    {
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        var probe = new Probe();
        var exceptions = new ConcurrentBag<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), (exception, _, _) => exceptions.Add(exception), concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        compilation.WithAnalyzers([probe], options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        Assert.Empty(exceptions);
        return ([.. probe.SetAside], [.. probe.Walked]);
    }

    private static string NameOf(ISymbol owner) => owner.ContainingType.Name + "." + owner.Name;

#pragma warning disable RS1036, RS1001 // a test's probe, never shipped
    private sealed class Probe : DiagnosticAnalyzer
#pragma warning restore RS1036, RS1001
    {
        public ConcurrentBag<string> SetAside { get; } = [];

        public ConcurrentBag<string> Walked { get; } = [];

        // One descriptor, never reported: the driver does not run an analyzer that supports none.
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            [new DiagnosticDescriptor("PROBE1", "probe", "probe", "Test", DiagnosticSeverity.Hidden, isEnabledByDefault: true)];

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var registry = new UnitRegistry(TestCompilations.ContextOf(start.Compilation));
                start.RegisterOperationBlockAction(block =>
                {
                    var owner = block.OwningSymbol;
                    if (owner.ContainingType is not { } type)
                    {
                        return; // an assembly's attribute arguments
                    }

                    var unit = registry.GetOrAdd(type, _ => UnitFactory.ForType(registry.Context, type));
                    var isController = MvcConventions.IsController(registry.Context, type);
                    if (unit.Kind == UnitKind.Class && !isController && registry.SetAside.TrySetAside(owner, block.OperationBlocks, type, unit))
                    {
                        SetAside.Add(NameOf(owner));
                        return;
                    }

                    BodyRecorder.Record(registry, owner, type, unit, isController, block.OperationBlocks, isRazor: false);
                });
                start.RegisterCompilationEndAction(end => registry.SetAside.WalkReached(
                    registry.Context,
                    registry.Walked,
                    body =>
                    {
                        Walked.Add(NameOf(body.Owner));
                        return BodyRecorder.Record(registry, body.Owner, body.UnitType, body.Unit, isController: false, body.Blocks, isRazor: false);
                    },
                    (owner, exception) => throw new InvalidOperationException(NameOf(owner), exception),
                    end.CancellationToken));
            });
        }
    }
}
