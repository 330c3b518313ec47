using System.Collections.Immutable;

namespace MedQa;

/// <summary>Orders physicians by the Bayesian average of their star ratings, so few glowing reviews do not beat many good ones.</summary>
public static class PhysicianRanking
{
    /// <summary>
    /// Returns the physicians best-rated first by <see cref="RatingPrior.Average"/>; ties, and physicians without a
    /// rating (scored as the prior's mean), are ordered by id (ordinal).
    /// </summary>
    /// <param name="physicians">The physicians; ids must be distinct.</param>
    /// <param name="prior">The prior; <see cref="RatingPrior.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="physicians"/> is null.</exception>
    /// <exception cref="ArgumentException">A physician is null or two share an id.</exception>
    public static ImmutableArray<Physician> Order(IEnumerable<Physician> physicians, RatingPrior? prior = null)
    {
        ArgumentNullException.ThrowIfNull(physicians);
        var list = physicians as IReadOnlyList<Physician> ?? physicians.ToArray();
        Guard.DistinctIds(list, static physician => physician.Id, nameof(physicians));

        var used = prior ?? RatingPrior.Default;
        return RankingSort.Descending(list, physician => RankingSort.OrderedBits(used.Average(physician.Rating)), static physician => physician.Id);
    }
}
