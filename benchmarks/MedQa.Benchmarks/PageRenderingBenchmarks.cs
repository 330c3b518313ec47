using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using BenchmarkDotNet.Attributes;
using MedQa.Rendering;
using MedQa.Samples;

namespace MedQa.Benchmarks;

/// <summary>
/// The seed thread rendered into a page's reused writer, against the physical floor: HTML-encoding the same thread's
/// text, and nothing else, with <see cref="HtmlEncoder.Default"/> into the same reused writer.
/// </summary>
[MemoryDiagnoser]
public partial class PageRenderingBenchmarks
{
    private readonly QaThread _thread = SeedThread.Build();
    private readonly StringWriter _writer = new(new StringBuilder(16 * 1024), CultureInfo.InvariantCulture);
    private string[] _text = [];

    [GlobalSetup]
    public void Setup() => _text = ThreadText(_thread);

    /// <summary>The floor: every piece of text the renderer encodes (data and labels), encoded and written, with no markup.</summary>
    [Benchmark(Baseline = true)]
    public int EncodeThreadTextFloor()
    {
        _writer.GetStringBuilder().Clear();
        var encoder = HtmlEncoder.Default;
        foreach (var text in _text)
        {
            encoder.Encode(_writer, text);
        }

        return _writer.GetStringBuilder().Length;
    }

    [Benchmark]
    public int RendererToReusedWriter()
    {
        _writer.GetStringBuilder().Clear();
        MedQaHtmlRenderer.Default.Render(_thread, _writer);
        return _writer.GetStringBuilder().Length;
    }

    [Benchmark]
    public int RenderContentToReusedWriter()
    {
        _writer.GetStringBuilder().Clear();
        MedQaHtmlRenderer.Default.RenderContent(_thread).WriteTo(_writer, HtmlEncoder.Default);
        return _writer.GetStringBuilder().Length;
    }

    // What the renderer passes through the encoder for the seed thread, in its order.
    private static string[] ThreadText(QaThread thread)
    {
        var options = RenderOptions.Default;
        var text = new List<string> { thread.Question.Id, thread.Question.Id, thread.Question.Title };
        text.AddRange(thread.Question.Body is { } body ? [body] : []);
        text.AddRange([thread.Question.Id, thread.Question.Id, options.AnswersHeading]);
        foreach (var answer in thread.Answers)
        {
            text.Add(answer.Id);
            text.AddRange(answer.Headline is { } headline ? [headline] : []);
            text.Add(answer.Body);
            if (answer.Author is { } author)
            {
                text.AddRange(new[] { author.Name, author.City, author.Specialty }.OfType<string>());
                text.AddRange(author.Credentials.Select(credential => credential.Abbreviation));
                text.AddRange(author.BoardCertifications.SelectMany(board => new[] { board.Specialty, board.Board.Name }).OfType<string>());
            }
        }

        text.AddRange(thread.LastReviewed is null ? [] : [options.LastReviewedLabel]);
        text.AddRange([thread.Question.Id, thread.Question.Id, options.DisclaimerHeading]);
        text.AddRange([thread.Disclaimer.EducationalStatement, thread.Disclaimer.EmergencyStatement, thread.Disclaimer.NoRelationshipStatement]);
        return [.. text];
    }
}
