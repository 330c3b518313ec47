using BenchmarkDotNet.Attributes;

namespace MedQa.Benchmarks;

/// <summary>The seed template's vote display: allocation-free TryFormat and ToString against naive concatenation.</summary>
[MemoryDiagnoser]
public class VoteFormattingBenchmarks
{
    private readonly char[] _buffer = new char[VoteDisplay.MaxLength];
    private readonly long[] _counts = [0, 5, -1, -2, 1_234, -98_765, long.MaxValue / 3];

    /// <summary>What a host would write by hand from the template: a ternary with string concatenation.</summary>
    [Benchmark(Baseline = true)]
    public int NaiveConcatenation()
    {
        var length = 0;
        foreach (var count in _counts)
        {
            length += (count >= 0 ? "+" + (count + 1) : (count + 1).ToString()).Length;
        }

        return length;
    }

    [Benchmark]
    public int VoteDisplayToString()
    {
        var length = 0;
        foreach (var count in _counts)
        {
            length += VoteDisplay.Format(count).Length;
        }

        return length;
    }

    [Benchmark]
    public int VoteDisplayTryFormat()
    {
        var length = 0;
        foreach (var count in _counts)
        {
            VoteDisplay.TryFormat(count, _buffer, out var written);
            length += written;
        }

        return length;
    }
}
