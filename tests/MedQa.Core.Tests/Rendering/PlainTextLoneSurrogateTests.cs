using System.Buffers;
using System.Text;
using MedQa.Rendering;

namespace MedQa.Tests.Rendering;

/// <summary>Issue 9, point 6: lone surrogates in the model's text leave the plain-text renderer as U+FFFD, as the README says.</summary>
public class PlainTextLoneSurrogateTests
{
    private static readonly QaThread Thread = RenderFixtures.Thread(field => field + " a\uD800b \uDC00 \U0001F600 end\uD83D");

    [Fact]
    public void Render_TextWithLoneSurrogates_WritesThemAsReplacementCharacters()
    {
        var text = PlainTextRenderer.Default.Render(Thread);

        Assert.Equal(-1, MedQa.Serialization.LoneSurrogates.IndexOfFirst(text));
        Assert.Contains("a\uFFFDb \uFFFD \U0001F600 end\uFFFD", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TextWithLoneSurrogates_CanBeWrittenToAFile()
    {
        var text = PlainTextRenderer.Default.Render(Thread);
        var path = Path.Combine(Path.GetTempPath(), $"medqa-plain-{Guid.NewGuid():N}.txt");
        try
        {
            File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));

            Assert.Equal(text, File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Render_TextWithLoneSurrogates_EveryOutputAgrees()
    {
        var expected = PlainTextRenderer.Default.Render(Thread);
        using var writer = new StringWriter();
        PlainTextRenderer.Default.Render(Thread, writer);
        var utf8 = new ArrayBufferWriter<byte>(8);
        PlainTextRenderer.Default.Render(Thread, utf8);

        Assert.Equal(expected, writer.ToString());
        Assert.Equal(expected, Encoding.UTF8.GetString(utf8.WrittenSpan));
    }
}
