using MedQa.Analyzers.Tests.Infrastructure;

namespace MedQa.Analyzers.Tests.Internal;

/// <summary>Constants are never content, though the evaluator no longer asks every value for its constant.</summary>
public sealed class ConstantValuesTests
{
    [Theory]
    [InlineData("writer.Write(nameof(answer.Body));")]
    [InlineData("writer.Write(\"<p>\" + \"</p>\");")]
    [InlineData("const string Intro = \"<h2>Answers</h2>\"; writer.Write(Intro);")]
    [InlineData("writer.Write(true ? \"<p>\" : \"<br>\");")]
    [InlineData("writer.Write($\"<p>{nameof(answer.Body)}</p>\");")]
    public void Walk_ConstantWritten_IsNoContent(string statements)
        => Assert.Empty(RenderWalks.Walk(statements).Sinks);

    [Theory]
    [InlineData("const string Intro = \"<h2>Answers</h2>\"; writer.Write(Intro + answer.Body);")]
    [InlineData("writer.Write(string.Empty + answer.Body);")]
    public void Walk_ConstantJoinedToContent_IsContent(string statements)
        => Assert.Equal("Answer.Body", Assert.Single(RenderWalks.Walk(statements).Sinks).Value.Member);
}
