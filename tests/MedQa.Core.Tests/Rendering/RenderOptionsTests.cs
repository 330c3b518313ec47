using System.Reflection;
using MedQa.Rendering;

namespace MedQa.Tests.Rendering;

public class RenderOptionsTests
{
    [Fact]
    public void Default_Values_AreHelpfulnessAt95PercentWithH1()
    {
        var options = RenderOptions.Default;

        Assert.Equal(AnswerOrder.Helpfulness, options.Order);
        Assert.Equal(0.95, options.Confidence);
        Assert.Equal(1, options.HeadingLevel);
        Assert.Equal("Doctor Answers", options.AnswersHeading);
        Assert.Same(RenderOptions.Default, MedQaHtmlRenderer.Default.Options);
        Assert.Same(RenderOptions.Default, new PlainTextRenderer(null).Options);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void HeadingLevel_OutOfRange_Throws(int level)
        => Assert.Equal("HeadingLevel", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new RenderOptions { HeadingLevel = level }).ParamName);

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Confidence_OutOfRange_Throws(double confidence)
        => Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new RenderOptions { Confidence = confidence });

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void Labels_Blank_Throw(string? label)
    {
        Assert.Equal("AnswersHeading", Assert.ThrowsAny<ArgumentException>(() => new RenderOptions { AnswersHeading = label! }).ParamName);
        Assert.Equal("DisclaimerHeading", Assert.ThrowsAny<ArgumentException>(() => new RenderOptions { DisclaimerHeading = label! }).ParamName);
        Assert.Equal("LastReviewedLabel", Assert.ThrowsAny<ArgumentException>(() => new RenderOptions { LastReviewedLabel = label! }).ParamName);
    }

    [Fact]
    public void Encoder_Null_Throws() => Assert.ThrowsAny<ArgumentNullException>(() => new RenderOptions { Encoder = null! });

    [Theory]
    [InlineData(typeof(MedQaHtmlRenderer))]
    [InlineData(typeof(PlainTextRenderer))]
    public void Renderers_Markers_RenderAndRenderDisclaimerRenderItRenderAnswersRequiresIt(Type renderer)
    {
        var methods = renderer.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);

        Assert.NotEmpty(methods);
        Assert.All(methods, method =>
        {
            var renders = method.IsDefined(typeof(RendersMedicalDisclaimerAttribute));
            var requires = method.IsDefined(typeof(RequiresMedicalDisclaimerAttribute));
            Assert.True(
                method.Name.StartsWith("RenderAnswers", StringComparison.Ordinal) ? requires && !renders : renders && !requires || method.IsSpecialName,
                $"{renderer.Name}.{method.Name}: renders={renders}, requires={requires}");
        });
        Assert.Equal(3, methods.Count(method => method.Name == "Render"));
        Assert.Equal(3, methods.Count(method => method.Name == "RenderAnswers"));
        Assert.Equal(3, methods.Count(method => method.Name == "RenderDisclaimer"));
    }
}
