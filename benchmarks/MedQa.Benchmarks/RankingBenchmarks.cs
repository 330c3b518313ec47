using BenchmarkDotNet.Attributes;

namespace MedQa.Benchmarks;

/// <summary>
/// Ranking 10,000 answers by helpfulness (Wilson lower bound, computed per answer, ties kept in the given order)
/// against LINQ's (also stable) sort over keys that were computed before the measurement: the floor of any ranking.
/// </summary>
[MemoryDiagnoser]
public class RankingBenchmarks
{
    private Answer[] _answers = [];
    private (double Score, Answer Answer)[] _precomputed = [];

    [Params(10_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261128);
        _answers = Enumerable.Range(0, Count)
            .Select(i => new Answer($"a{i}", "Body", votes: new VoteTally(random.Next(0, 50), random.Next(0, 20))))
            .ToArray();
        _precomputed = _answers.Select(answer => (WilsonScore.LowerBound(answer.Votes.Up, answer.Votes.Down), answer)).ToArray();
    }

    [Benchmark(Baseline = true)]
    public Answer LinqOrderByDescendingPrecomputedKeys()
        => _precomputed.OrderByDescending(entry => entry.Score).ToArray()[0].Answer; // ToArray: First() alone would be a linear scan, not a sort

    [Benchmark]
    public Answer AnswerRankingHelpfulness() => AnswerRanking.Order(_answers, AnswerOrder.Helpfulness)[0];

    [Benchmark]
    public Answer AnswerRankingNetVotes() => AnswerRanking.Order(_answers, AnswerOrder.NetVotes)[0];
}
