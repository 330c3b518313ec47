namespace MedQa;

/// <summary>
/// The moves an answer may make between <see cref="AnswerStatus"/> values, checked in one place for
/// <see cref="Answer.MoveTo"/> and for hosts that store the status as a column.
/// </summary>
/// <remarks>
/// Allowed: Draft → PendingReview or Removed; PendingReview → Published, Hidden or Removed; Published → Hidden or
/// Removed; Hidden → Published or Removed. Removed is final. Staying in the same state is not a move.
/// </remarks>
public static class AnswerLifecycle
{
    /// <summary>Whether an answer in <paramref name="from"/> may move to <paramref name="to"/>.</summary>
    /// <param name="from">The current status.</param>
    /// <param name="to">The wanted status.</param>
    /// <returns>True when the move is allowed.</returns>
    public static bool CanMove(AnswerStatus from, AnswerStatus to) => (from, to) switch
    {
        (AnswerStatus.Draft, AnswerStatus.PendingReview or AnswerStatus.Removed) => true,
        (AnswerStatus.PendingReview, AnswerStatus.Published or AnswerStatus.Hidden or AnswerStatus.Removed) => true,
        (AnswerStatus.Published, AnswerStatus.Hidden or AnswerStatus.Removed) => true,
        (AnswerStatus.Hidden, AnswerStatus.Published or AnswerStatus.Removed) => true,
        _ => false,
    };

    /// <summary>The statuses an answer in <paramref name="from"/> may move to, in declaration order.</summary>
    /// <param name="from">The current status.</param>
    /// <returns>The allowed targets; empty for <see cref="AnswerStatus.Removed"/>.</returns>
    public static IReadOnlyList<AnswerStatus> NextStates(AnswerStatus from)
        => [.. Enum.GetValues<AnswerStatus>().Where(to => CanMove(from, to))];

    /// <summary>Throws unless an answer in <paramref name="from"/> may move to <paramref name="to"/>.</summary>
    /// <param name="from">The current status.</param>
    /// <param name="to">The wanted status.</param>
    /// <exception cref="InvalidOperationException">The move is not allowed; the message names both states and the allowed moves.</exception>
    public static void EnsureCanMove(AnswerStatus from, AnswerStatus to)
    {
        if (!CanMove(from, to))
        {
            var next = NextStates(from);
            throw new InvalidOperationException(
                $"An answer that is {from} cannot become {to}; "
                + (next.Count == 0 ? $"{from} is final." : $"from {from} it can become {string.Join(" or ", next)}."));
        }
    }
}
