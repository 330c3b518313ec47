using System.Collections.Immutable;

namespace MedQa;

/// <summary>Orders physicians by the Bayesian average of their star ratings, so few glowing reviews do not beat many good ones.</summary>
/// <remarks>
/// To rank the authors of a thread, call <see cref="OrderAuthors"/> (or <see cref="QaThread.RankedAuthors"/>): it takes
/// each physician once and skips answers without an author. <see cref="Order"/> is the strict call for a set of
/// physicians you assembled yourself.
/// </remarks>
public static class PhysicianRanking
{
    /// <summary>
    /// Returns the physicians best-rated first by <see cref="RatingPrior.Average"/>; physicians it ranks equal (physicians
    /// without a rating are scored as the prior's mean) keep the order they are given in.
    /// </summary>
    /// <param name="physicians">The physicians, a set: no null, ids distinct. For a thread's authors use <see cref="OrderAuthors"/>.</param>
    /// <param name="prior">The prior; <see cref="RatingPrior.Default"/> when null.</param>
    /// <returns>The same physicians, best-rated first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="physicians"/> is null.</exception>
    /// <exception cref="ArgumentException">A physician is null or two share an id; the message names <see cref="OrderAuthors"/>.</exception>
    public static ImmutableArray<Physician> Order(IEnumerable<Physician> physicians, RatingPrior? prior = null)
    {
        Guard.NotNull(physicians, "physicians");
        var list = physicians as IReadOnlyList<Physician> ?? physicians.ToArray();
        Guard.DistinctIds(list, static physician => physician.Id, nameof(physicians), "physicians", ThreadAuthorsHint);
        return Rank(list, prior);
    }

    /// <summary>
    /// Returns the distinct authors of a thread's answers, best-rated first as <see cref="Order"/> ranks them: answers
    /// without an author are skipped, and a physician who wrote several answers is ranked once.
    /// </summary>
    /// <param name="thread">The thread whose answers' authors to rank.</param>
    /// <param name="prior">The prior; <see cref="RatingPrior.Default"/> when null.</param>
    /// <returns>Each author once (the same id is the same physician: the first answer's <see cref="Answer.Author"/> is kept), best-rated first, equal ones in the order of their first answers; empty when no answer has an author.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="thread"/> is null.</exception>
    public static ImmutableArray<Physician> OrderAuthors(QaThread thread, RatingPrior? prior = null)
    {
        Guard.NotNull(thread, "thread");
        var seen = new HashSet<string>(thread.Answers.Length, StringComparer.Ordinal);
        var authors = new List<Physician>(thread.Answers.Length);
        foreach (var answer in thread.Answers)
        {
            if (answer.Author is { } author && seen.Add(author.Id))
            {
                authors.Add(author);
            }
        }

        return Rank(authors, prior);
    }

    private const string ThreadAuthorsHint = "to rank a thread's authors, call PhysicianRanking.OrderAuthors(thread), which skips answers without an author and counts each physician once";

    private static ImmutableArray<Physician> Rank(IReadOnlyList<Physician> physicians, RatingPrior? prior)
    {
        var used = prior ?? RatingPrior.Default;
        return RankingSort.Descending(physicians, physician => RankingSort.OrderedBits(used.Average(physician.Rating)));
    }
}
