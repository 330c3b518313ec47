using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace MedQa.Analyzers.CodeFixes;

/// <summary>
/// Fixes MEDQA001 in a C# render unit: renders the standard disclaimer at the end of the rendering method,
/// through the same sink call that renders the answer (<c>writer.Write(a.Body);</c> gains <c>writer.Write(Disclaimer.Html());</c>).
/// </summary>
/// <remarks>
/// The disclaimer comes from a static, parameterless member marked <c>[RendersMedicalDisclaimer]</c> that returns
/// text, found in MedQa (or the project); none is offered in Razor files, whose generated code cannot be edited.
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddDisclaimerCodeFixProvider))]
[Shared]
public sealed class AddDisclaimerCodeFixProvider : CodeFixProvider
{
    /// <summary>The code action's title.</summary>
    public const string Title = "Render the medical disclaimer";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [RuleIdentifiers.AnswerRenderedWithoutDisclaimer];

    /// <inheritdoc/>
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, false, true);
            var argument = node.FirstAncestorOrSelf<ArgumentSyntax>();
            var statement = argument?.FirstAncestorOrSelf<ExpressionStatementSyntax>();
            var body = statement?.Parent as BlockSyntax;
            if (argument is null || statement is null || body is null || body.Parent is not (BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax))
            {
                continue;
            }

            var disclaimer = FindDisclaimer(model.Compilation, context.CancellationToken);
            if (disclaimer is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(Title, token => AddAsync(context.Document, body, statement, argument, disclaimer, token), equivalenceKey: Title),
                diagnostic);
        }
    }

    private static async Task<Document> AddAsync(
        Document document, BlockSyntax body, ExpressionStatementSyntax statement, ArgumentSyntax argument, ISymbol disclaimer, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);

        // Parsed from its shortest name at that place, so the new call reads as if typed there.
        var type = disclaimer.ContainingType.ToMinimalDisplayString(editor.SemanticModel, statement.SpanStart);
        var value = SyntaxFactory.ParseExpression(type + "." + disclaimer.Name + (disclaimer is IMethodSymbol ? "()" : string.Empty));
        var copy = statement.ReplaceNode(argument.Expression, value)
            .WithLeadingTrivia(statement.GetLeadingTrivia())
            .WithTrailingTrivia(statement.GetTrailingTrivia());

        // At the end of the method: before a final return, or last.
        var statements = body.Statements;
        var last = statements.Count > 0 ? statements[statements.Count - 1] : null;
        if (last is ReturnStatementSyntax)
        {
            editor.InsertBefore(last, copy.WithLeadingTrivia(last.GetLeadingTrivia()));
        }
        else if (last is not null)
        {
            editor.InsertAfter(last, copy.WithLeadingTrivia(last.GetLeadingTrivia()));
        }

        return editor.GetChangedDocument();
    }

    // A static, parameterless [RendersMedicalDisclaimer] member returning text, in the markers' assembly or the project.
    private static ISymbol? FindDisclaimer(Compilation compilation, CancellationToken cancellationToken)
    {
        var attribute = compilation.GetTypeByMetadataName("MedQa.RendersMedicalDisclaimerAttribute");
        if (attribute is null)
        {
            return null;
        }

        return Search(attribute.ContainingAssembly.GlobalNamespace, attribute, compilation, cancellationToken)
            ?? Search(compilation.Assembly.GlobalNamespace, attribute, compilation, cancellationToken);
    }

    private static ISymbol? Search(INamespaceOrTypeSymbol container, INamedTypeSymbol attribute, Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var member in container.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (member)
            {
                case INamespaceOrTypeSymbol nested:
                    if (Search(nested, attribute, compilation, cancellationToken) is { } found)
                    {
                        return found;
                    }

                    break;
                case IMethodSymbol { IsStatic: true, Parameters.Length: 0, IsGenericMethod: false, MethodKind: MethodKind.Ordinary } method
                    when method.ReturnType.SpecialType == SpecialType.System_String && IsUsable(method, attribute, compilation):
                    return method;
                case IPropertySymbol { IsStatic: true, IsIndexer: false } property
                    when property.Type.SpecialType == SpecialType.System_String && IsUsable(property, attribute, compilation):
                    return property;
            }
        }

        return null;
    }

    private static bool IsUsable(ISymbol symbol, INamedTypeSymbol attribute, Compilation compilation)
    {
        if (!compilation.IsSymbolAccessibleWithin(symbol, compilation.Assembly))
        {
            return false;
        }

        foreach (var data in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute))
            {
                return true;
            }
        }

        return false;
    }
}
