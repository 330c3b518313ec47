using System.Text;
using MedQa.Analyzers.Internal;
using MedQa.Analyzers.Tests.Infrastructure;

namespace MedQa.Analyzers.Tests.Internal;

/// <summary>The locals' worklist: linear in the body's size, whatever the order of the walk.</summary>
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
        Assert.InRange(summary.LocalEvaluations, 3, 6);
        Assert.Contains(summary.Sinks, sink => sink.Value.IsContent && sink.Value.Member == "Answer.Body");
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
}
