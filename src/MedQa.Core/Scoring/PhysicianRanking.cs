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
        var ids = new HashSet<string>(list.Count, StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null || !ids.Add(list[i].Id))
            {
                throw new ArgumentException($"The physicians must be non-null with distinct ids (index {i}).", nameof(physicians));
            }
        }

        var used = prior ?? RatingPrior.Default;
        return RankingSort.Descending(list, physician => RankingSort.OrderedBits(used.Average(physician.Rating)), static physician => physician.Id);
    }
}
