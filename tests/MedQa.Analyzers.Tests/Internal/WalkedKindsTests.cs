using MedQa.Analyzers.Internal;
using MedQa.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace MedQa.Analyzers.Tests.Internal;

/// <summary>The kind table the walkers filter on must take every operation their type tests match, in every syntactic form.</summary>
public sealed class WalkedKindsTests
{
    private const string Source = """
        using System.Collections.Generic;
        using System.IO;
        namespace Host
        {
            public sealed class Card { public string Text { get; set; } = ""; public List<string> Lines { get; } = new(); }
            public sealed class Page
            {
                private string _field = "x";
                public string Property { get; set; } = "y";
                public IEnumerable<string> Items(Answer answer)
                {
                    yield return answer.Body;
                    yield break;
                }

                public string Render(TextWriter writer, Answer answer, object value, dynamic bag)
                {
                    var html = answer.Body;
                    html += "<hr>";
                    string? maybe = null;
                    maybe ??= html;
                    var (left, right) = (html, maybe);
                    _field = left + right;
                    var card = new Card { Text = html, Lines = { html } };
                    foreach (var line in card.Lines) { writer.Write(line); }
                    if (value is string text) { writer.Write(text); }
                    if (value is Card { Text: var inner }) { writer.Write(inner); }
                    bag.Write(html);
                    writer.Write(typeof(Card).Name);
                    return Property;
                }
            }
        }
        """;

    [Fact]
    public void IsWalked_EveryOperationTheWalkersMatch_IsInTheTable()
    {
        var operations = Operations();
        var matched = operations.Where(IsMatchedByAWalker).ToList();

        // Each form above is present, so a kind missing from the table fails here.
        Assert.Contains(matched, o => o is ICompoundAssignmentOperation);
        Assert.Contains(matched, o => o is ICoalesceAssignmentOperation);
        Assert.Contains(matched, o => o is IDeconstructionAssignmentOperation);
        Assert.Contains(matched, o => o.Kind == OperationKind.YieldReturn);
        Assert.Contains(matched, o => o is IDynamicInvocationOperation);
        Assert.Contains(matched, o => o is IRecursivePatternOperation);
        Assert.Contains(matched, o => o is IPropertyInitializerOperation);
        Assert.Contains(matched, o => o is IFieldInitializerOperation);
        Assert.All(matched, o => Assert.True(WalkedKinds.IsWalked(o.Kind), $"{o.Kind} ({o.Syntax}) is matched but not walked"));
    }

    [Fact]
    public void IsWalked_OperationsThatCarryNoFact_AreSkipped()
    {
        var skipped = Operations().Where(o => !WalkedKinds.IsWalked(o.Kind)).Select(o => o.Kind).ToHashSet();

        Assert.Contains(OperationKind.Literal, skipped);
        Assert.Contains(OperationKind.LocalReference, skipped);
        Assert.Contains(OperationKind.Binary, skipped);
        Assert.Contains(OperationKind.Block, skipped);
        Assert.DoesNotContain(skipped, kind => kind == OperationKind.Invocation);
    }

    [Fact]
    public void IsWalked_KindsBeyondTheTable_AreNotWalked()
    {
        Assert.False(WalkedKinds.IsWalked((OperationKind)int.MaxValue));
        Assert.False(WalkedKinds.IsWalked((OperationKind)(-1)));
        Assert.False(WalkedKinds.IsWalked(OperationKind.None));
    }

    // The type tests of MethodWalker.Visit and StructureCollector.Visit, as they are written there.
    private static bool IsMatchedByAWalker(IOperation operation) => operation is IPropertyInitializerOperation
        or IFieldInitializerOperation
        or IVariableDeclaratorOperation
        or IAssignmentOperation
        or IMemberInitializerOperation
        or IForEachLoopOperation
        or IDeclarationPatternOperation
        or IRecursivePatternOperation
        or IReturnOperation
        or IInvocationOperation
        or IObjectCreationOperation
        or IPropertyReferenceOperation
        or IDynamicInvocationOperation
        or ITypeOfOperation;

    private static List<IOperation> Operations()
    {
        var compilation = CSharpCompilation.Create(
            "Host",
            [CSharpSyntaxTree.ParseText(Sources.Markers), CSharpSyntaxTree.ParseText(Sources.Model), CSharpSyntaxTree.ParseText(Source)],
            TestReferences.Framework,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var tree = compilation.SyntaxTrees[2];
        var model = compilation.GetSemanticModel(tree);
        var operations = new HashSet<IOperation>();
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            // Every body and initializer: the roots of the operation trees (what the compiler gives the analyzer).
            if (model.GetOperation(node) is { Parent: null } root)
            {
                operations.UnionWith(root.DescendantsAndSelf());
            }
        }

        return operations.ToList();
    }
}
