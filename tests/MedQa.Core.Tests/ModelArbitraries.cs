using FsCheck;
using FsCheck.Fluent;

namespace MedQa.Tests;

/// <summary>Generators of valid model values, shared by the property tests.</summary>
public static class ModelArbitraries
{
    /// <summary>Small counts, so that ties (and so the given-order tie-break) are common, mixed with some very large ones.</summary>
    public static Gen<long> VoteCount { get; } = Gen.Frequency(
        (8, Gen.Choose(0, 20).Select(count => (long)count)),
        (1, Gen.Choose(0, int.MaxValue).Select(count => (long)count * 4_000_000_000L)),
        (1, Gen.Elements(long.MaxValue, long.MaxValue - 1, (long)int.MaxValue, (long)int.MaxValue + 1)));

    public static Gen<VoteTally> Tally { get; } =
        Gen.Zip(VoteCount, VoteCount).Select(counts => new VoteTally(counts.Item1, counts.Item2));

    public static Gen<DateTimeOffset?> PostedAt { get; } = Gen.Frequency(
        (1, Gen.Constant<DateTimeOffset?>(null)),
        (4, Gen.Choose(0, 50).Select(day => (DateTimeOffset?)new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(day))));

    public static Gen<Answer> AnswerGen { get; } =
        from id in Gen.Choose(0, 500)
        from votes in Tally
        from postedAt in PostedAt
        from helped in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new Answer("a" + id, "Body of answer " + id, votes: votes, postedAt: postedAt, helpedAsker: helped);

    /// <summary>Answers with distinct ids, as a thread holds them.</summary>
    public static Arbitrary<Answer[]> Answers() =>
        Gen.ListOf(AnswerGen).Select(list => list.DistinctBy(answer => answer.Id).ToArray()).ToArbitrary();

    public static Arbitrary<VoteTally> Tallies() => Tally.ToArbitrary();

    public static Gen<StarRating?> Rating { get; } = Gen.Frequency(
        (1, Gen.Constant<StarRating?>(null)),
        (5, from tenths in Gen.Choose(0, 50)
            from reviews in Gen.Choose(0, 40)
            select (StarRating?)new StarRating(tenths / 10m, reviews)));

    /// <summary>Physicians with distinct ids.</summary>
    public static Arbitrary<Physician[]> Physicians() =>
        Gen.ListOf(
                from id in Gen.Choose(0, 200)
                from rating in Rating
                select new Physician("p" + id, rating: rating))
            .Select(list => list.DistinctBy(physician => physician.Id).ToArray())
            .ToArbitrary();
}
