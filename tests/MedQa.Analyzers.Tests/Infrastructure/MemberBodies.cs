using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MedQa.Analyzers.Tests.Infrastructure;

/// <summary>A member's one operation block, as the compiler gives it to an analyzer: a field's or property's initializer, a method's body.</summary>
internal static class MemberBodies
{
    public static IOperation BodyOf(Compilation compilation, ISymbol member)
    {
        var syntax = member.DeclaringSyntaxReferences[0].GetSyntax();
        SyntaxNode body = syntax switch
        {
            PropertyDeclarationSyntax property => property.Initializer!,
            VariableDeclaratorSyntax variable => variable.Initializer!,
            MethodDeclarationSyntax method => (SyntaxNode?)method.Body ?? method.ExpressionBody!,
            _ => throw new InvalidOperationException("No body of " + syntax.GetType().Name),
        };
        return compilation.GetSemanticModel(syntax.SyntaxTree).GetOperation(body)!;
    }
}
