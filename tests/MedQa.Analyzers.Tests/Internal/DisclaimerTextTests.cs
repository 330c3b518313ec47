using MedQa.Analyzers.Internal;
using MedQa.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MedQa.Analyzers.Tests.Internal;

/// <summary>Which values written to a sink are MedQa's own <c>MedicalDisclaimer</c> (<see cref="DisclaimerText"/>): each shape it follows, and values that only look like it.</summary>
public sealed class DisclaimerTextTests
{
    private const string Disclaimer = """
        namespace MedQa
        {
            public sealed record MedicalDisclaimer
            {
                public static MedicalDisclaimer Standard { get; } = new();
                public string Text => "Educational only.";
            }
        }
        """;

    [Theory]
    [InlineData("MedQa.MedicalDisclaimer.Standard.Text")] // a property of the disclaimer
    [InlineData("MedQa.MedicalDisclaimer.Standard")] // the disclaimer itself, written as an object
    [InlineData("(object)MedQa.MedicalDisclaimer.Standard")] // through a conversion
    [InlineData("MedQa.MedicalDisclaimer.Standard.ToString()")] // a call on it
    [InlineData("string.Concat(\"<aside>\", MedQa.MedicalDisclaimer.Standard.Text)")] // a call's argument
    [InlineData("$\"<aside>{MedQa.MedicalDisclaimer.Standard.Text}</aside>\"")] // an interpolation
    [InlineData("new System.Text.StringBuilder(MedQa.MedicalDisclaimer.Standard.Text)")] // a constructor's argument
    public void IsWritten_TheDisclaimerInAnyShapeFollowed_True(string written) => Assert.True(IsWritten(written));

    [Theory]
    [InlineData("\"Educational only.\"")] // the same words as a literal: not MedQa's disclaimer
    [InlineData("(string?)null")]
    [InlineData("answer.Body")]
    [InlineData("MedQa.MedicalDisclaimer.Standard.Text.Length")] // a number read off it: the disclaimer is not shown
    [InlineData("string.Concat(\"<aside>\", answer.Body)")]
    public void IsWritten_AnythingElse_False(string written) => Assert.False(IsWritten(written));

    private static bool IsWritten(string written)
    {
        var source = "using System.IO; namespace Host { public sealed class Page { public void Render(TextWriter writer, Answer answer) { writer.Write(" + written + "); } } }";
        var compilation = TestCompilations.Library(Sources.Model, Disclaimer, source);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        var tree = compilation.SyntaxTrees[3];
        var call = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>().First(node => node.Expression.ToString() == "writer.Write");
        var argument = compilation.GetSemanticModel(tree).GetOperation(call.ArgumentList.Arguments[0].Expression)!;
        return DisclaimerText.IsWritten(TestCompilations.ContextOf(compilation), argument);
    }
}
