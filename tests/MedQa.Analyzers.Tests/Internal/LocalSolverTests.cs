using System.Text;
using FsCheck.Xunit;
using MedQa.Analyzers.Internal;
using MedQa.Analyzers.Tests.Infrastructure;

namespace MedQa.Analyzers.Tests.Internal;

/// <summary>The locals' worklist: linear in the body's size, whatever the order of the walk; only what a fact reads is solved.</summary>
public sealed class LocalSolverTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(4_000)]
    public void Walk_ChainedLocals_EvaluatesEachAssignmentAtMostTwice(int links)
    {
        var body = new StringBuilder("var x0 = answer.Body;\n");
        for (var i = 1; i <= links; i++)
        {
            body.Append("var x").Append(i).Append(" = x").Append(i - 1).Append(" + \"\";\n");
        }

        body.Append("writer.Write(x").Append(links).Append(");\n");
        var summary = RenderWalks.Walk(body.ToString());

        Assert.Equal(links + 1, summary.LocalAssignments);
        Assert.InRange(summary.LocalEvaluations, links + 1, 2 * (links + 1));
        Assert.Contains(summary.Sinks, sink => sink.Value.IsContent && sink.Value.Member == "Answer.Body");
    }

    [Theory]
    [InlineData(3)]
    [InlineData(2_000)]
    public void Walk_BuilderChain_RecordsOnlyItsLastCall(int links)
    {
        var body = new StringBuilder("var sb = new System.Text.StringBuilder(); sb");
        for (var i = 1; i < links; i++)
        {
            body.Append(".Append(\"<p>\")");
        }

        body.Append(".Append(answer.Body);\nwriter.Write(sb.ToString());\n");
        var summary = RenderWalks.Walk(body.ToString());

        Assert.Equal(3, summary.LocalAssignments); // the declaration, the chain, ToString()
        Assert.Equal(3, summary.LocalEvaluations); // the chain reads the builder only to hand it back: once each
        Assert.Contains(summary.Sinks, sink => sink.Value.IsContent && sink.Value.Member == "Answer.Body");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(500)]
    public void Walk_BuilderAppendedInStatements_EvaluatesEachAppendOnce(int appends)
    {
        var body = new StringBuilder("var sb = new System.Text.StringBuilder();\n");
        for (var i = 1; i < appends; i++)
        {
            body.Append("sb.Append(\"<p>\");\n");
        }

        body.Append("sb.Append(answer.Body);\nwriter.Write(sb.ToString());\n");
        var summary = RenderWalks.Walk(body.ToString());

        // Each append read the builder it appends to, so each was evaluated again when the builder grew: twice each.
        Assert.Equal(appends + 2, summary.LocalAssignments); // the declaration, the appends, ToString()
        Assert.Equal(appends + 2, summary.LocalEvaluations);
        Assert.Contains(summary.Sinks, sink => sink.Value.IsContent && sink.Value.Member == "Answer.Body");
    }

    [Theory]
    [InlineData("sb.Append(answer.Body); var copy = sb.Append(\"<hr>\"); writer.Write(copy.ToString());")] // another local: it reads the builder
    [InlineData("sb = sb.Append(answer.Body); writer.Write(sb.ToString());")] // assigned its own chain
    [InlineData("sb.Append(answer.Body); sb.Append(sb.ToString()); writer.Write(sb);")] // an argument that reads the builder
    [InlineData("var html = \"\"; for (var i = 0; i < 2; i++) { sb.Append(html); html = answer.Body; } writer.Write(sb.ToString());")] // an argument that grows later
    [InlineData("var other = new System.Text.StringBuilder(); other.Append(answer.Body); sb.Append(other); writer.Write(sb.ToString());")] // another builder appended
    public void Walk_BuilderFlows_CarryContent(string statements)
    {
        var summary = RenderWalks.Walk("var sb = new System.Text.StringBuilder();\n" + statements);

        Assert.Contains(summary.Sinks, sink => sink.Value.IsContent && sink.Value.Member == "Answer.Body");
    }

    [Fact]
    public void Walk_BuilderOfOtherText_IsNotContent()
    {
        var summary = RenderWalks.Walk("var sb = new System.Text.StringBuilder(); sb.Append(\"<p>\").Append(answer.Author); sb = sb.Append(answer.Votes); writer.Write(sb.ToString());");

        Assert.DoesNotContain(summary.Sinks, sink => sink.Value.IsContent);
    }

    [Fact]
    public void Walk_LoopCarriedLocal_ReachesFixpoint()
    {
        var summary = RenderWalks.Walk("""
            var html = "";
            for (var i = 0; i < 3; i++) { var next = html + "<hr>"; html = next; if (i == 2) html = answer.Body; }
            writer.Write(html);
            """);
        Assert.Contains(summary.Sinks, sink => sink.Value.IsContent);
    }

    [Fact]
    public void Walk_LocalsNoFactReads_AreNotEvaluated()
    {
        var summary = RenderWalks.Walk("var body = answer.Body; var copy = body + \"\"; var sb = new System.Text.StringBuilder(); sb.Append(copy);");

        Assert.Equal(4, summary.LocalAssignments); // body, copy, sb, and the builder appended to
        Assert.Equal(0, summary.LocalEvaluations);
        Assert.Empty(summary.Sinks);
    }

    [Fact]
    public void Walk_LongChainNoFactReads_IsNotEvaluatedBesideTheOneWritten()
    {
        var body = new StringBuilder("var unused0 = answer.Body;\n");
        for (var i = 1; i <= 100; i++)
        {
            body.Append("var unused").Append(i).Append(" = unused").Append(i - 1).Append(" + \"\";\n");
        }

        body.Append("var shown = answer.Body; var html = shown + \"<hr>\";\nwriter.Write(html);\n");
        var summary = RenderWalks.Walk(body.ToString());

        Assert.Equal(103, summary.LocalAssignments);
        Assert.InRange(summary.LocalEvaluations, 2, 4); // html and shown, html again once shown is known
        Assert.Contains(summary.Sinks, sink => sink.Value.IsContent && sink.Value.Member == "Answer.Body");
    }

    [Fact]
    public void Walk_LocalReadOnlyByAStore_IsSolved()
    {
        var summary = RenderWalks.Walk("var text = answer.Body; var card = new Host.Card(); card.Html = text;", extraTypes: "public sealed class Card { public string Html { get; set; } = \"\"; }");

        Assert.InRange(summary.LocalEvaluations, 1, 4);
        Assert.Contains(summary.Writes, write => write.Value.IsContent);
    }

    /// <summary>
    /// Locals assigned in any order inside a loop (so every assignment may see every other's value): the local written to
    /// the sink carries content exactly when it is reachable, through the assignments, from one assigned the answer's body.
    /// </summary>
    [Property(MaxTest = 60)]
    public bool Walk_AnyAssignmentGraph_SinkCarriesContentExactlyWhenReachable(byte[][] sources, bool[] fromAnswer, byte shown)
    {
        const int Size = 6;
        var inputs = Enumerable.Range(0, Size)
            .Select(i => i < sources.Length && sources[i] is { } row ? row.Take(3).Select(source => source % Size).ToArray() : [])
            .ToArray();
        bool IsAnswer(int local) => local < fromAnswer.Length && fromAnswer[local];

        var body = new StringBuilder("string ");
        body.AppendJoin(", ", Enumerable.Range(0, Size).Select(i => "x" + i + " = \"\"")).Append(";\nfor (var i = 0; i < 3; i++) {\n");
        for (var local = Size - 1; local >= 0; local--)
        {
            var parts = inputs[local].Select(source => "x" + source).Append("\"-\"");
            body.Append("x").Append(local).Append(" = ").AppendJoin(" + ", parts).Append(";\n");
            if (IsAnswer(local))
            {
                body.Append("x").Append(local).Append(" = answer.Body;\n");
            }
        }

        var target = shown % Size;
        body.Append("}\nwriter.Write(x").Append(target).Append(");\n");

        var reached = new HashSet<int>(Enumerable.Range(0, Size).Where(IsAnswer));
        for (var changed = true; changed;)
        {
            changed = false;
            for (var local = 0; local < Size; local++)
            {
                if (!reached.Contains(local) && inputs[local].Any(reached.Contains))
                {
                    changed |= reached.Add(local);
                }
            }
        }

        var summary = RenderWalks.Walk(body.ToString());
        return summary.Sinks.Any(sink => sink.Value.IsContent) == reached.Contains(target);
    }
}
