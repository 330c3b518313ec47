namespace MedQa;

/// <summary>How <see cref="AnswerRanking"/> orders a thread's answers. Every order breaks ties by answer id (ordinal).</summary>
public enum AnswerOrder
{
    /// <summary>Most helpful first: by the Wilson score lower bound of helpful vs unhelpful votes.</summary>
    Helpfulness,

    /// <summary>Highest net votes (helpful minus unhelpful) first.</summary>
    NetVotes,

    /// <summary>Most recently posted first; answers without a date last.</summary>
    Newest,

    /// <summary>Earliest posted first; answers without a date last.</summary>
    Oldest,
}
