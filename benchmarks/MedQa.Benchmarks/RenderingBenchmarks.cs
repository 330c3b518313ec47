using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using BenchmarkDotNet.Attributes;
using MedQa.Rendering;
using MedQa.Samples;

namespace MedQa.Benchmarks;

/// <summary>
/// The seed thread rendered to HTML: a new string each time (the baseline) against a reused StringWriter and a reused
/// UTF-8 buffer, which should allocate nothing per render; and the plain text to a reused UTF-8 buffer. The same in
/// German and Spanish (<see cref="NonEnglishThread"/>) with the default encoder, which keeps "Über" readable, and with
/// the framework's <see cref="HtmlEncoder.Default"/>, 0.1.0's default, which writes "&amp;#xDC;ber". And the seed
/// thread with every trust fact (<see cref="TrustThread"/>), which must still allocate nothing.
/// </summary>
[MemoryDiagnoser]
public class RenderingBenchmarks
{
    private readonly QaThread _thread = SeedThread.Build();
    private readonly QaThread _nonEnglish = NonEnglishThread.Build();
    private readonly QaThread _trust = TrustThread.Build();
    private readonly MedQaHtmlRenderer _basicLatin = new(new RenderOptions { Encoder = HtmlEncoder.Default });
    private readonly ArrayBufferWriter<byte> _utf8 = new(16 * 1024);
    private readonly StringWriter _writer = new(new StringBuilder(16 * 1024), CultureInfo.InvariantCulture);

    [Benchmark(Baseline = true)]
    public int HtmlToString() => MedQaHtmlRenderer.Default.Render(_thread).Length;

    [Benchmark]
    public int HtmlToReusedStringWriter()
    {
        _writer.GetStringBuilder().Clear();
        MedQaHtmlRenderer.Default.Render(_thread, _writer);
        return _writer.GetStringBuilder().Length;
    }

    [Benchmark]
    public int HtmlToReusedUtf8Buffer()
    {
        _utf8.ResetWrittenCount();
        MedQaHtmlRenderer.Default.Render(_thread, _utf8);
        return _utf8.WrittenCount;
    }

    [Benchmark]
    public int PlainTextToReusedUtf8Buffer()
    {
        _utf8.ResetWrittenCount();
        PlainTextRenderer.Default.Render(_thread, _utf8);
        return _utf8.WrittenCount;
    }

    [Benchmark]
    public int TrustFieldsHtmlToReusedUtf8Buffer()
    {
        _utf8.ResetWrittenCount();
        MedQaHtmlRenderer.Default.Render(_trust, _utf8);
        return _utf8.WrittenCount;
    }

    [Benchmark]
    public int TrustFieldsPlainTextToReusedUtf8Buffer()
    {
        _utf8.ResetWrittenCount();
        PlainTextRenderer.Default.Render(_trust, _utf8);
        return _utf8.WrittenCount;
    }

    [Benchmark]
    public int NonEnglishHtmlToString() => MedQaHtmlRenderer.Default.Render(_nonEnglish).Length;

    [Benchmark]
    public int NonEnglishHtmlToReusedUtf8Buffer()
    {
        _utf8.ResetWrittenCount();
        MedQaHtmlRenderer.Default.Render(_nonEnglish, _utf8);
        return _utf8.WrittenCount;
    }

    [Benchmark]
    public int NonEnglishHtmlToReusedUtf8BufferBasicLatinEncoder()
    {
        _utf8.ResetWrittenCount();
        _basicLatin.Render(_nonEnglish, _utf8);
        return _utf8.WrittenCount;
    }
}
