using System.Collections.Immutable;
using System.Composition;
using System.Text;
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
        Document document, BlockSyntax body, ExpressionStatementSyntax statement, ArgumentSyntax argument, DisclaimerCall disclaimer, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);

        // Parsed from its shortest name at that place, so the new call reads as if typed there.
        var value = SyntaxFactory.ParseExpression(disclaimer.ToText(editor.SemanticModel, statement.SpanStart));
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

    // A [RendersMedicalDisclaimer] member returning text that can be called with no context: static and parameterless
    // (Disclaimer.Html()), or reached through a static instance (MedQaHtmlRenderer.Default) with each argument a static
    // property of its own type (MedicalDisclaimer.Standard). Searched in the markers' assembly, then the project.
    private static DisclaimerCall? FindDisclaimer(Compilation compilation, CancellationToken cancellationToken)
    {
        // Every definition of the marker counts (a copy in two references must not hide the fix).
        foreach (var attribute in MedQa.Analyzers.Internal.TypeLookup.All(compilation, MedQa.Analyzers.Internal.Markers.RendersName))
        {
            if (Search(attribute.ContainingAssembly.GlobalNamespace, attribute, compilation, cancellationToken) is { } found)
            {
                return found;
            }
        }

        foreach (var attribute in MedQa.Analyzers.Internal.TypeLookup.All(compilation, MedQa.Analyzers.Internal.Markers.RendersName))
        {
            if (Search(compilation.Assembly.GlobalNamespace, attribute, compilation, cancellationToken) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static DisclaimerCall? Search(INamespaceOrTypeSymbol container, INamedTypeSymbol attribute, Compilation compilation, CancellationToken cancellationToken)
    {
        DisclaimerCall? fallback = null;
        foreach (var member in container.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (member is INamespaceOrTypeSymbol nested)
            {
                if (Search(nested, attribute, compilation, cancellationToken) is { } found && (found.Simple || fallback is null))
                {
                    if (found.Simple)
                    {
                        return found;
                    }

                    fallback = found;
                }

                continue;
            }

            if (!IsUsable(member, attribute, compilation))
            {
                continue;
            }

            var call = member switch
            {
                IMethodSymbol { MethodKind: MethodKind.Ordinary, IsGenericMethod: false, ReturnType.SpecialType: SpecialType.System_String } method
                    => Call(method, method.Parameters, compilation),
                IPropertySymbol { IsIndexer: false, Type.SpecialType: SpecialType.System_String } property
                    => Call(property, [], compilation),
                _ => null,
            };
            if (call is { Simple: true })
            {
                return call;
            }

            fallback ??= call;
        }

        return fallback;
    }

    private static DisclaimerCall? Call(ISymbol member, ImmutableArray<IParameterSymbol> parameters, Compilation compilation)
    {
        IPropertySymbol? instance = null;
        if (!member.IsStatic && (instance = StaticOfOwnType(member.ContainingType, compilation)) is null)
        {
            return null;
        }

        var arguments = ImmutableArray.CreateBuilder<IPropertySymbol>(parameters.Length);
        foreach (var parameter in parameters)
        {
            if (parameter.Type is not INamedTypeSymbol type || StaticOfOwnType(type, compilation) is not { } value)
            {
                return null;
            }

            arguments.Add(value);
        }

        return new DisclaimerCall(member, instance, arguments.ToImmutable());
    }

    // A static property of a type that returns that type: MedQaHtmlRenderer.Default, MedicalDisclaimer.Standard.
    private static IPropertySymbol? StaticOfOwnType(INamedTypeSymbol type, Compilation compilation)
    {
        foreach (var candidate in type.GetMembers())
        {
            if (candidate is IPropertySymbol { IsStatic: true, IsIndexer: false } property
                && SymbolEqualityComparer.Default.Equals(property.Type, type)
                && compilation.IsSymbolAccessibleWithin(property, compilation.Assembly))
            {
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

    /// <summary>How to call the disclaimer member: on its type or a static instance, with static-property arguments.</summary>
    private sealed class DisclaimerCall(ISymbol member, IPropertySymbol? instance, ImmutableArray<IPropertySymbol> arguments)
    {
        public bool Simple => instance is null && arguments.IsEmpty;

        public string ToText(SemanticModel model, int position)
        {
            var text = new StringBuilder();
            text.Append(member.ContainingType.ToMinimalDisplayString(model, position)).Append('.');
            if (instance is not null)
            {
                text.Append(instance.Name).Append('.');
            }

            text.Append(member.Name);
            if (member is IMethodSymbol)
            {
                text.Append('(');
                for (var i = 0; i < arguments.Length; i++)
                {
                    text.Append(i == 0 ? string.Empty : ", ")
                        .Append(arguments[i].ContainingType.ToMinimalDisplayString(model, position)).Append('.').Append(arguments[i].Name);
                }

                text.Append(')');
            }

            return text.ToString();
        }
    }
}
