namespace MedQa;

/// <summary>
/// How <see cref="AnswerRanking"/> orders a thread's answers. Every order is stable: answers it ranks equal keep the
/// order they were given in (the site's order), never an order by id.
/// </summary>
public enum AnswerOrder
{
    /// <summary>
    /// Most helpful first: by the Wilson score lower bound of helpful vs unhelpful votes, the asker's "this helped" mark
    /// adding <see cref="AnswerRanking.HelpedAskerHelpfulnessBoost"/> to it.
    /// </summary>
    Helpfulness,

    /// <summary>
    /// Highest net votes (helpful minus unhelpful) first, the asker's "this helped" mark adding
    /// <see cref="AnswerRanking.HelpedAskerNetVotesBoost"/> votes.
    /// </summary>
    NetVotes,

    /// <summary>Most recently posted first; answers without a date last. The "this helped" mark does not count.</summary>
    Newest,

    /// <summary>Earliest posted first; answers without a date last. The "this helped" mark does not count.</summary>
    Oldest,

    /// <summary>The site's order: the answers exactly as given (for a thread, the order of <see cref="QaThread.Answers"/>).</summary>
    AsGiven,
}
