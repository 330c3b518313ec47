using MedQa.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MedQa.Analyzers.Tests.Infrastructure;

/// <summary>Walks statements as the body of <c>Page.Render(TextWriter writer, Answer answer)</c>, with MedQa's markers and model in the compilation (and <c>extraTypes</c> beside <c>Page</c>).</summary>
internal static class RenderWalks
{
    public static MethodSummary Walk(string statements, string extraTypes = "")
    {
        var source = "using System.IO; namespace Host { public sealed class Page { public void Render(TextWriter writer, Answer answer) {\n" + statements + "} } " + extraTypes + " }";
        var compilation = TestCompilations.Library(Sources.Model, source);
        var tree = compilation.SyntaxTrees[2];
        var model = compilation.GetSemanticModel(tree);
        var method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single();
        var owner = model.GetDeclaredSymbol(method)!;
        return MethodWalker.Walk(TestCompilations.ContextOf(compilation), owner, owner.ContainingType, [model.GetOperation(method.Body!)!], new UnitStructure())[0];
    }
}
