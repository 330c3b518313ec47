using System.Collections.Immutable;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedQa.Analyzers.Internal;
using MedQa.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MedQa.Analyzers.Tests.Internal;

/// <summary>A reused walker (<see cref="WalkerPool"/>) keeps nothing of one body for the next: each summary is a fresh walker's, and stays so.</summary>
public sealed class WalkerPoolTests
{
    // Bodies that leave something in each of the walker's working lists: sinks, locals (a long chain drops the
    // tables), builders, returns, calls to the project's methods, stored members, lambdas, a disclaimer, a view
    // component's arguments, a render tree's component parameters.
    private static readonly string[] Bodies =
    [
        "public void Sink(TextWriter writer, Answer answer) { writer.Write(answer.Body); }",
        "public void Plain(TextWriter writer, Answer answer) { writer.Write(\"<p>static</p>\"); }",
        "public void Locals(TextWriter writer, Answer answer) { var x = answer.Body; var y = x + \"!\"; writer.Write(y); }",
        Chain(100),
        "public void Builder(TextWriter writer, Answer answer) { var sb = new System.Text.StringBuilder(); sb.Append(answer.Body); writer.Write(sb.ToString()); }",
        "public string Returns(Answer answer) => \"<p>\" + answer.Body + \"</p>\";",
        "public void Calls(TextWriter writer, Answer answer) { Helper(writer, answer.Body); }",
        "public void Helper(TextWriter writer, string html) { writer.Write(html); }",
        "public void Stores(Answer answer) { _last = answer.Body; }",
        "public void Lambda(TextWriter writer, Answer[] answers) { writer.Write(string.Join(\"\", System.Linq.Enumerable.Select(answers, a => a.Body))); }",
        "public void Covered(TextWriter writer, Answer answer) { writer.Write(answer.Body); writer.Write(MedQa.Disclaimer.Html()); }",
        "public int Count(Answer answer) { var n = answer.Votes; return n + 1; }",
        "public void ViewComponent(Microsoft.AspNetCore.Mvc.IViewComponentHelper helper, Answer answer) { helper.InvokeAsync(\"Card\", new { body = answer.Body }); }",
        "public void Tree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder, Answer answer) { builder.OpenComponent<Card>(0); builder.AddComponentParameter(1, \"Text\", answer.Body); builder.CloseComponent(); }",
    ];

    private static readonly Lazy<(RenderContext Context, ImmutableArray<(ISymbol Owner, IOperation Body)> Bodies)> Compiled = new(Compile);

    [Property(MaxTest = 100)]
    public Property Walk_AnySequenceOfBodies_GivesEachTheSummaryOfAFreshWalker()
    {
        var sequences = Gen.Choose(0, Bodies.Length - 1).ListOf().Where(list => list.Count > 0).ToArbitrary();
        return Prop.ForAll(sequences, order =>
        {
            var (context, bodies) = Compiled.Value;
            var pool = new WalkerPool(context);
            var walked = new List<(List<MethodSummary> Frames, string Fingerprint)>();
            foreach (var index in order)
            {
                var (owner, body) = bodies[index];
                var reused = pool.Walk(owner, owner.ContainingType, [body], new UnitStructure());
                var fresh = MethodWalker.Walk(context, owner, owner.ContainingType, [body], new UnitStructure());
                if (Fingerprint(reused) != Fingerprint(fresh))
                {
                    return false;
                }

                walked.Add((reused, Fingerprint(reused)));
            }

            // ...and a later body adds nothing to the summaries handed out before it.
            return walked.TrueForAll(item => Fingerprint(item.Frames) == item.Fingerprint);
        });
    }

    [Fact]
    public void Walk_PlainBodyAfterOneWithContent_HasNoSinksOrLocals()
    {
        var (context, bodies) = Compiled.Value;
        var pool = new WalkerPool(context);
        pool.Walk(bodies[3].Owner, bodies[3].Owner.ContainingType, [bodies[3].Body], new UnitStructure());
        var plain = pool.Walk(bodies[1].Owner, bodies[1].Owner.ContainingType, [bodies[1].Body], new UnitStructure())[0];

        Assert.Empty(plain.Sinks);
        Assert.Equal(0, plain.LocalAssignments);
        Assert.Equal(0, plain.LocalEvaluations);
        Assert.Same(bodies[1].Owner, plain.Owner);
    }

    [Fact]
    public void Bodies_FillEveryListAWalkerKeeps()
    {
        var (context, bodies) = Compiled.Value;
        var summaries = bodies
            .Select(body => MethodWalker.Walk(context, body.Owner, body.Owner.ContainingType, [body.Body], new UnitStructure())[0])
            .ToList();

        Assert.Contains(summaries, summary => summary.Sinks.Count > 0);
        Assert.Contains(summaries, summary => summary.LocalAssignments > 64); // more locals than a kept table holds (Scratch)
        Assert.Contains(summaries, summary => summary.ReturnSites.Count > 0);
        Assert.Contains(summaries, summary => summary.Calls.Count > 0);
        Assert.Contains(summaries, summary => summary.Writes.Count > 0 && summary.Owner.Name == "Stores");
        Assert.Contains(summaries, summary => summary.Writes.Count > 0 && summary.Owner.Name == "Tree");
        Assert.Contains(summaries, summary => summary.ViewArguments.Count > 0);
        Assert.Contains(summaries, summary => summary.RendersDisclaimer);
    }

    private static string Chain(int links)
    {
        var body = new StringBuilder("public void Chain(TextWriter writer, Answer answer) { var x0 = answer.Body;");
        for (var i = 1; i <= links; i++)
        {
            body.Append(" var x").Append(i).Append(" = x").Append(i - 1).Append(" + \"\";");
        }

        return body.Append(" writer.Write(x").Append(links).Append("); }").ToString();
    }

    private static (RenderContext, ImmutableArray<(ISymbol, IOperation)>) Compile()
    {
        var source = "using System.IO; namespace Host { public sealed class Page { private string _last = \"\";\n" + string.Join("\n", Bodies)
            + "\n}\npublic sealed class Card : Microsoft.AspNetCore.Components.ComponentBase"
            + " { [Microsoft.AspNetCore.Components.Parameter] public string Text { get; set; } = \"\"; } }";
        var compilation = TestCompilations.Library(Sources.Model, source);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        var tree = compilation.SyntaxTrees[2];
        var model = compilation.GetSemanticModel(tree);
        var bodies = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>()
            .Select(method => (model.GetDeclaredSymbol(method)!, model.GetOperation((SyntaxNode?)method.Body ?? method.ExpressionBody!)!))
            .Select(pair => ((ISymbol)pair.Item1, pair.Item2))
            .ToImmutableArray();
        Assert.Equal(Bodies.Length, bodies.Length);
        return (TestCompilations.ContextOf(compilation), bodies);
    }

    // Everything a summary says, as text: two walks agree when their fingerprints do.
    private static string Fingerprint(List<MethodSummary> frames)
    {
        var text = new StringBuilder();
        foreach (var frame in frames)
        {
            text.Append(frame.Owner.Name).Append(" disclaimer=").Append(frame.RendersDisclaimer)
                .Append(" returns=").Append(Value(frame.Returns))
                .Append(" locals=").Append(frame.LocalAssignments).Append('/').Append(frame.LocalEvaluations);
            foreach (var sink in frame.Sinks)
            {
                text.Append(" sink@").Append(sink.Location.SourceSpan.Start).Append('=').Append(Value(sink.Value));
            }

            foreach (var site in frame.ReturnSites)
            {
                text.Append(" return@").Append(site.Location.SourceSpan.Start).Append('=').Append(Value(site.Value));
            }

            foreach (var call in frame.Calls)
            {
                text.Append(" call ").Append(call.Parameter).Append('=').Append(Value(call.Argument));
            }

            foreach (var write in frame.Writes)
            {
                text.Append(" write ").Append(write.Node).Append('=').Append(Value(write.Value));
            }

            text.Append(" callees=").Append(string.Join(",", frame.Callees.Select(callee => callee.Name)))
                .Append(" views=").Append(frame.ViewArguments.Count)
                .Append(" handlers=").Append(frame.HandlerMethods.Count).Append('\n');
        }

        return text.ToString();
    }

    private static string Value(ContentValue value)
        => $"[{value.Member}|{value.Bare}|{string.Join(",", value.Dependencies)}|{string.Join(",", value.Parameters)}]";
}
