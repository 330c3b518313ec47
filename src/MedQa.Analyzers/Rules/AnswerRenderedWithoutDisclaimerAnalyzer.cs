using System;
using System.Collections.Immutable;
using MedQa.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MedQa.Analyzers.Rules;

/// <summary>
/// MEDQA001: a page, view, component or class renders physicians' answer content (values read from members
/// marked <c>[RequiresMedicalDisclaimer]</c>) without rendering the medical disclaimer.
/// </summary>
/// <remarks>
/// Each method is summarized once ("returns content", "renders the disclaimer", its sinks); a C# class that
/// decides alone is reported at its symbol end, and Razor views, components and classes that depend on other
/// files (layouts, <c>_ViewStart</c>, partials, child components, helpers) at the compilation end.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AnswerRenderedWithoutDisclaimerAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The link to the rule's documentation page.</summary>
    public const string HelpLink = "https://github.com/medqa/medqa/blob/main/docs/rules/MEDQA001.md";

    private const string Title = "Answer content is rendered without the medical disclaimer";
    private const string Message = "'{0}' renders answer content from '{1}' without the medical disclaimer";
    private const string Description =
        "Every page, view or component that shows physicians' answers must also show the medical disclaimer: call a member marked [RendersMedicalDisclaimer] in it, in its layout, or in a partial or child component it renders.";

    /// <summary>The rule, as reported when the unit alone decides it (shown live in the IDE).</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.AnswerRenderedWithoutDisclaimer,
        Title,
        Message,
        RuleCategories.Compliance,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Description,
        helpLinkUri: HelpLink);

    /// <summary>The same rule, as reported at the compilation end, after other files (layouts, partials, components) were consulted.</summary>
    public static readonly DiagnosticDescriptor CompilationEndRule = new(
        RuleIdentifiers.AnswerRenderedWithoutDisclaimer,
        Title,
        Message,
        RuleCategories.Compliance,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Description,
        helpLinkUri: HelpLink,
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule, CompilationEndRule];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Razor's generated code is where views render: analyze all generated code, keep only Razor's (RenderGraph.IsAnalyzed).
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        RenderGraph graph;
        try
        {
            if (context.Compilation.GetTypeByMetadataName("MedQa.RequiresMedicalDisclaimerAttribute") is null)
            {
                return; // The common case: the project does not use MedQa's markers.
            }

            var options = RenderOptions.Read(context.Compilation, context.Options.AnalyzerConfigOptionsProvider);
            var symbols = options.IsTestProject ? null : RenderSymbols.TryCreate(context.Compilation, options);
            if (symbols is null)
            {
                return;
            }

            graph = new RenderGraph(symbols);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return; // Never break a user's build: an analyzer crash would show as AD0001.
        }

        context.RegisterSymbolStartAction(start => OnTypeStart(start, graph), SymbolKind.NamedType);
        context.RegisterCompilationEndAction(end => OnCompilationEnd(end, graph));
    }

    private static void OnTypeStart(SymbolStartAnalysisContext context, RenderGraph graph)
    {
        if (context.Symbol is not INamedTypeSymbol type)
        {
            return;
        }

        var unit = new UnitFacts(type);
        var symbols = graph.Symbols;
        try
        {
            unit.IsComponent = symbols.IsComponentType(type);
            unit.ViewPath = ViewPathOf(type, symbols);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return;
        }

        context.RegisterOperationBlockAction(block => OnMethod(block, graph, unit));
        context.RegisterSymbolEndAction(end => OnTypeEnd(end, graph, unit));
    }

    private static void OnMethod(OperationBlockAnalysisContext context, RenderGraph graph, UnitFacts unit)
    {
        try
        {
            var owner = context.OwningSymbol;
            if (!SymbolEqualityComparer.Default.Equals(owner.ContainingType, unit.Type)
                || context.OperationBlocks.IsEmpty
                || !graph.IsAnalyzed(context.OperationBlocks[0].Syntax.SyntaxTree))
            {
                return;
            }

            var isRazor = GeneratedFiles.IsRazor(context.OperationBlocks[0].Syntax.SyntaxTree);
            var facts = new MethodFacts();
            var method = owner switch
            {
                IMethodSymbol m => m,
                IPropertySymbol p => p.GetMethod,
                _ => null,
            };

            lock (unit)
            {
                // The scanner writes the unit's Razor facts (layout, partials, children): one member at a time.
                var events = MethodScanner.Scan(graph.Symbols, context.OperationBlocks, facts, unit);
                unit.Sinks.AddRange(events);
                unit.IsRazor |= isRazor;
                if (method is not null)
                {
                    unit.Methods.Add(method.OriginalDefinition);
                }
            }

            if (method is not null)
            {
                graph.AddMethod(method, facts);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Never throw: skip the member.
        }
    }

    private static void OnTypeEnd(SymbolAnalysisContext context, RenderGraph graph, UnitFacts unit)
    {
        try
        {
            lock (unit)
            {
                if (unit.Methods.Count == 0 && unit.Sinks.Count == 0)
                {
                    return;
                }

                var first = graph.DecideAlone(unit, out var decided);
                unit.Decided = decided;
                if (first is not null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rule, first.Location, graph.UnitName(unit), first.Member));
                }
            }

            graph.AddUnit(unit);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Never throw.
        }
    }

    private static void OnCompilationEnd(CompilationAnalysisContext context, RenderGraph graph)
    {
        try
        {
            RazorFileOptions? razorFiles = null;
            foreach (var (unit, first) in graph.Violations())
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

                context.ReportDiagnostic(Diagnostic.Create(
                    CompilationEndRule, first.Location, severity, additionalLocations: null, properties: null, graph.UnitName(unit), first.Member));
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Never throw.
        }
    }

    // Razor views carry their app-relative path: [RazorCompiledItemMetadata("Identifier", "/Pages/Index.cshtml")].
    private static string? ViewPathOf(INamedTypeSymbol type, RenderSymbols symbols)
    {
        if (symbols.CompiledItemMetadata is null)
        {
            return null;
        }

        foreach (var attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.CompiledItemMetadata)
                && attribute.ConstructorArguments.Length == 2
                && attribute.ConstructorArguments[0].Value is "Identifier"
                && attribute.ConstructorArguments[1].Value is string path)
            {
                return path;
            }
        }

        return null;
    }
}
