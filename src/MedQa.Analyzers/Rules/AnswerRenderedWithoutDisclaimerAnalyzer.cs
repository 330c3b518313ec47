using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using MedQa.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MedQa.Analyzers.Rules;

/// <summary>
/// MEDQA001: a response (a Razor page or view, a Blazor component, a controller action, a minimal-API handler, or
/// a C# class that writes output) renders physicians' answer content without rendering the medical disclaimer.
/// </summary>
/// <remarks>
/// A pipeline: facts per operation (<see cref="MethodWalker"/>, <see cref="StructureCollector"/>) → one summary per
/// body → the compilation's flow (<see cref="FlowGraph"/>) and view graph (<see cref="ViewGraph"/>) → a decision
/// per unit (<see cref="UnitDecider"/>). A C# class that decides alone is reported at its symbol end (live in the
/// IDE); the rest at the compilation end. An internal failure is reported as MEDQA000, never swallowed.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AnswerRenderedWithoutDisclaimerAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The link to the rule's documentation page.</summary>
    public const string HelpLink = "https://github.com/medqa/medqa/blob/main/docs/rules/MEDQA001.md";

    /// <summary>The link to the documentation page of MEDQA000.</summary>
    public const string FailureHelpLink = "https://github.com/medqa/medqa/blob/main/docs/rules/MEDQA000.md";

    private const string Title = "Answer content is rendered without the medical disclaimer";
    private const string Message = "'{0}' renders answer content from '{1}' without the medical disclaimer";
    private const string Description =
        "Every page, view, component, action or endpoint that shows physicians' answers must also show the medical disclaimer: call a member marked [RendersMedicalDisclaimer] in it, in its layout, or in a partial, tag helper or child component it renders.";

    /// <summary>The rule, as reported when the unit alone decides it (shown live in the IDE).</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.AnswerRenderedWithoutDisclaimer, Title, Message, RuleCategories.Compliance, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, description: Description, helpLinkUri: HelpLink);

    /// <summary>The same rule, as reported at the compilation end, after other files (layouts, partials, components) were consulted.</summary>
    public static readonly DiagnosticDescriptor CompilationEndRule = new(
        RuleIdentifiers.AnswerRenderedWithoutDisclaimer, Title, Message, RuleCategories.Compliance, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, description: Description, helpLinkUri: HelpLink, customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>MEDQA000: MEDQA001 failed on a unit; a compliance rule's crash must not pass for "no violation".</summary>
    public static readonly DiagnosticDescriptor FailureRule = new(
        RuleIdentifiers.AnalysisFailure,
        "MEDQA001 could not analyze a unit",
        "MEDQA001 could not analyze '{0}': {1}",
        RuleCategories.Compliance,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "MEDQA001 failed with an internal error on this unit, so the unit was not checked. Please report it with the message.",
        helpLinkUri: FailureHelpLink);

    /// <summary>MEDQA000 as reported at the compilation end.</summary>
    public static readonly DiagnosticDescriptor CompilationEndFailureRule = new(
        RuleIdentifiers.AnalysisFailure,
        FailureRule.Title,
        FailureRule.MessageFormat,
        RuleCategories.Compliance,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: FailureRule.Description,
        helpLinkUri: FailureHelpLink,
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule, CompilationEndRule, FailureRule, CompilationEndFailureRule];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Razor's generated code is where views render: analyze all generated code, keep only Razor's (UnitRegistry.IsAnalyzed).
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var compilation = context.Compilation;
        var requires = TypeLookup.All(compilation, Markers.RequiresName);
        if (requires.IsEmpty)
        {
            return; // The common case: the project does not use MedQa's markers; nothing else is registered.
        }

        UnitRegistry registry;
        try
        {
            var options = RuleOptions.Read(compilation, context.Options.AnalyzerConfigOptionsProvider);
            if (options.IsTestProject
                || !MarkerReach.IsPossible(compilation, requires.AddRange(TypeLookup.All(compilation, Markers.RendersName)), context.CancellationToken)
                || RenderContext.TryCreate(compilation, options) is not { } renderContext)
            {
                return; // A test project, or one whose code never reaches a marked type (MarkerReach): nothing to report.
            }

            registry = new UnitRegistry(renderContext);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.RegisterCompilationEndAction(end => end.ReportDiagnostic(Failure(CompilationEndFailureRule, Location.None, compilation.AssemblyName ?? "the compilation", exception)));
            return;
        }

        context.RegisterSymbolStartAction(start => OnTypeStart(start, registry), SymbolKind.NamedType);
        context.RegisterCompilationEndAction(end => OnCompilationEnd(end, registry));
    }

    private static void OnTypeStart(SymbolStartAnalysisContext context, UnitRegistry registry)
    {
        if (context.Symbol is not INamedTypeSymbol type)
        {
            return;
        }

        UnitFacts unit;
        INamedTypeSymbol unitType;
        bool isController;
        try
        {
            unitType = UnitFactory.UnitType(type);
            unit = registry.GetOrAdd(unitType, _ => UnitFactory.ForType(registry.Context, unitType));

            // Asked once here, not by each of the type's bodies: a controller's actions are units of their own.
            isController = MvcConventions.IsController(registry.Context, type);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.RegisterSymbolEndAction(end => end.ReportDiagnostic(Failure(FailureRule, type, type.Name, exception)));
            return;
        }

        context.RegisterOperationBlockAction(block => OnBody(block, registry, type, unitType, unit, isController));

        // A view, a component, a controller or a view's nested class waits for the compilation end: no end callback.
        if (AloneDecision.MayDecide(unit, type, isController))
        {
            context.RegisterSymbolEndAction(end => OnTypeEnd(end, registry, unit, type));
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private static void OnBody(OperationBlockAnalysisContext context, UnitRegistry registry, INamedTypeSymbol type, INamedTypeSymbol unitType, UnitFacts typeUnit, bool isController)
    {
        var owner = context.OwningSymbol;
        if (!SymbolEqualityComparer.Default.Equals(owner.ContainingType, type) || context.OperationBlocks.IsEmpty)
        {
            return;
        }

        // = default!, = null, = "text": nothing to walk, in any file (asked first: Razor gives every view several).
        if (TrivialBodies.IsTrivial(context.OperationBlocks))
        {
            return;
        }

        // The driver has already judged the body's file by the same rules as GeneratedFiles (names, <auto-generated>):
        // hand-written code is analyzed and is not Razor's, with no lookup; only generated code asks which generator.
        var isRazor = false;
        if (context.IsGeneratedCode && !registry.IsAnalyzed(context.OperationBlocks[0].Syntax.SyntaxTree, out isRazor))
        {
            return;
        }

        try
        {
            // A plain class's body that names nothing a fact starts from waits: the compilation end walks it if the flow reaches it.
            if (!context.IsGeneratedCode && !isController && typeUnit.Kind == UnitKind.Class && SymbolEqualityComparer.Default.Equals(unitType, type)
                && registry.SetAside.TrySetAside(owner, context.OperationBlocks, unitType, typeUnit))
            {
                return;
            }

            BodyRecorder.Record(registry, owner, unitType, typeUnit, isController, context.OperationBlocks, isRazor);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.ReportDiagnostic(Failure(FailureRule, owner, ContentEvaluator.Name(owner), exception));
        }
    }

    private static void OnTypeEnd(SymbolAnalysisContext context, UnitRegistry registry, UnitFacts unit, INamedTypeSymbol type)
    {
        try
        {
            lock (unit)
            {
                unit.Flush();
                if (unit.HasSetAsideBodies)
                {
                    // Only a class that renders can be reported: walk its set-aside bodies now and decide it live, as
                    // before; any other (a service) keeps them set aside for the compilation end.
                    if (!HasSinks(unit))
                    {
                        return;
                    }

                    SetAsideBodies.WalkNow(
                        unit,
                        body => RecordSetAside(registry, body),
                        (owner, exception) => context.ReportDiagnostic(Failure(FailureRule, owner, ContentEvaluator.Name(owner), exception)));
                    unit.Flush();
                }

                if (!AloneDecision.TryDecide(unit, out var covered))
                {
                    return;
                }

                unit.Decided = true;
                if (!covered && UnitDecider.FirstContent(unit, flow: null) is { } first && registry.MarkReported(first.Location))
                {
                    var member = first.Value.Member ?? first.Value.Bare ?? "?";
                    context.ReportDiagnostic(Diagnostic.Create(Rule, first.Location, unit.Name, member));
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.ReportDiagnostic(Failure(FailureRule, type, unit.Name, exception));
        }
    }

    private static void OnCompilationEnd(CompilationAnalysisContext context, UnitRegistry registry)
    {
        var compilation = context.Compilation;
        try
        {
            var failed = new Action<ISymbol, Exception>((owner, exception) => context.ReportDiagnostic(
                Failure(CompilationEndFailureRule, owner, ContentEvaluator.Name(owner), exception)));
            var record = new Func<SetAsideBodies.Body, List<MethodSummary>>(body => RecordSetAside(registry, body));
            registry.SetAside.WalkReached(registry.Context, registry.Walked, record, failed, context.CancellationToken);

            var violations = Violations(registry, ReadyUnits(registry));
            if (registry.Context.Options.VerifySetAsideBodies && registry.SetAside.WalkRest(record, failed) > 0)
            {
                violations = Verified(context, registry, violations);
            }

            Report(context, registry, violations);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.ReportDiagnostic(Failure(CompilationEndFailureRule, Location.None, compilation.AssemblyName ?? "the compilation", exception));
        }
    }

    private static List<MethodSummary> RecordSetAside(UnitRegistry registry, SetAsideBodies.Body body)
        => BodyRecorder.Record(registry, body.Owner, body.UnitType, body.Unit, isController: false, body.Blocks, isRazor: false);

    private static bool HasSinks(UnitFacts unit)
    {
        foreach (var body in unit.Bodies)
        {
            if (body.Sinks.Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    // Every unit with what was walked after its symbol end (actions, handlers, set-aside bodies) or with no symbol end,
    // and the methods given to Map* as units of their own.
    [MethodImpl(HotPath.RunOnce)]
    private static List<UnitFacts> ReadyUnits(UnitRegistry registry)
    {
        var units = registry.Units();
        foreach (var unit in units)
        {
            unit.Flush();
        }

        HandlerUnits.Add(registry, units);
        return units;
    }

    private static List<(UnitFacts Unit, SinkEvent Event, string Member)> Violations(UnitRegistry registry, List<UnitFacts> units)
        => [.. new UnitDecider(registry.Context, units, registry.SummariesByOwner()).Violations()];

    // With every set-aside body walked too: the decisions must be the same, or setting bodies aside lost a flow.
    private static List<(UnitFacts Unit, SinkEvent Event, string Member)> Verified(
        CompilationAnalysisContext context, UnitRegistry registry, List<(UnitFacts Unit, SinkEvent Event, string Member)> violations)
    {
        registry.ResetIndex();
        var all = Violations(registry, ReadyUnits(registry));
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var violation in violations)
        {
            keys.Add(KeyOf(violation));
        }

        foreach (var violation in all)
        {
            if (!keys.Remove(KeyOf(violation)))
            {
                keys.Add(KeyOf(violation));
            }
        }

        if (keys.Count > 0)
        {
            // The first few places only: a message is one line, and a lost flow usually changes many decisions at once.
            const int Shown = 5;
            var places = string.Join(", ", keys.OrderBy(key => key, StringComparer.Ordinal).Take(Shown))
                + (keys.Count > Shown ? " and " + (keys.Count - Shown) + " more" : "");
            var difference = new InvalidOperationException("walking the set-aside bodies changed the decisions at " + places);
            context.ReportDiagnostic(Failure(CompilationEndFailureRule, Location.None, context.Compilation.AssemblyName ?? "the compilation", difference));
        }

        return all;

        static string KeyOf((UnitFacts Unit, SinkEvent Event, string Member) violation)
            => violation.Unit.Name + "@" + violation.Event.Location.GetLineSpan() + ":" + violation.Member;
    }

    private static void Report(CompilationAnalysisContext context, UnitRegistry registry, List<(UnitFacts Unit, SinkEvent Event, string Member)> violations)
    {
        RazorFileOptions? razorFiles = null;
        foreach (var (unit, first, member) in violations)
        {
            var severity = CompilationEndRule.DefaultSeverity;
            if (unit.IsRazor)
            {
                // The compiler applies no .editorconfig section to Razor's generated files: apply the view's (RazorFileOptions).
                razorFiles ??= new RazorFileOptions(context.Options, context.Compilation, context.CancellationToken);
                if (!razorFiles.TryGetSeverity(first.Location, RuleIdentifiers.AnswerRenderedWithoutDisclaimer, ref severity))
                {
                    continue; // severity = none
                }
            }

            if (registry.MarkReported(first.Location))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    CompilationEndRule, first.Location, severity, additionalLocations: null, properties: null, unit.Name, member));
            }
        }
    }

    private static Diagnostic Failure(DiagnosticDescriptor descriptor, Location location, string unit, Exception exception)
        => Diagnostic.Create(descriptor, location, unit, exception.GetType().Name + ": " + exception.Message);

    // At the symbol's first declaration (a symbol of metadata or an implicit one has none: the compilation's).
    private static Diagnostic Failure(DiagnosticDescriptor descriptor, ISymbol symbol, string unit, Exception exception)
        => Failure(descriptor, symbol.Locations.Length > 0 ? symbol.Locations[0] : Location.None, unit, exception);
}
