namespace MedQa;

/// <summary>
/// The optional rules a <see cref="VoteLedger"/> enforces: no votes on one's own answer, a lock window after which a
/// vote can no longer be changed or retracted (unless the answer was edited since), and a per-voter daily cap.
/// </summary>
/// <remarks>
/// <see cref="StackExchange"/> holds Stack Exchange's values (one vote per user and post, locked 5 minutes after casting
/// unless the post is edited, 30 answer votes per UTC day); <see cref="None"/> enforces nothing. Instances are immutable.
/// </remarks>
public sealed record VoteRules
{
    /// <summary>The longest <see cref="LockWindow"/> accepted: 365 days.</summary>
    public static readonly TimeSpan MaxLockWindow = TimeSpan.FromDays(365);

    /// <summary>The largest <see cref="DailyCap"/> accepted.</summary>
    public const int MaxDailyCap = 1_000_000;

    /// <summary>Stack Exchange's lock window: 5 minutes.</summary>
    public static readonly TimeSpan DefaultLockWindow = TimeSpan.FromMinutes(5);

    /// <summary>Stack Exchange's daily cap on votes for answers: 30 of its 40 votes per UTC day.</summary>
    public const int DefaultDailyCap = 30;

    /// <summary>Own-answer votes forbidden, a 5-minute lock window and 30 votes per voter per UTC day.</summary>
    public static VoteRules StackExchange { get; } = new(forbidOwnAnswerVotes: true, DefaultLockWindow, DefaultDailyCap);

    /// <summary>No rules: any vote can be cast, changed or retracted at any time.</summary>
    public static VoteRules None { get; } = new(forbidOwnAnswerVotes: false, lockWindow: null, dailyCap: null);

    /// <summary>Creates rules.</summary>
    /// <param name="forbidOwnAnswerVotes">Whether the answer's author may not vote on it.</param>
    /// <param name="lockWindow">How long after casting a vote can still be changed or retracted (unless the answer was edited since); null for never locked.</param>
    /// <param name="dailyCap">How many votes a voter may have cast per UTC day; null for no cap.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lockWindow"/> is not positive or exceeds <see cref="MaxLockWindow"/>, or <paramref name="dailyCap"/> is not between 1 and <see cref="MaxDailyCap"/>.</exception>
    public VoteRules(bool forbidOwnAnswerVotes, TimeSpan? lockWindow, int? dailyCap)
    {
        ForbidOwnAnswerVotes = forbidOwnAnswerVotes;
        if (lockWindow is { } window && (window <= TimeSpan.Zero || window > MaxLockWindow))
        {
            throw new ArgumentOutOfRangeException(nameof(lockWindow), window, $"The lock window must be positive and at most {MaxLockWindow.TotalDays} days.");
        }

        LockWindow = lockWindow;
        if (dailyCap is { } cap && (cap < 1 || cap > MaxDailyCap))
        {
            throw new ArgumentOutOfRangeException(nameof(dailyCap), cap, $"The daily cap must be between 1 and {MaxDailyCap}.");
        }

        DailyCap = dailyCap;
    }

    /// <summary>Whether the answer's author may not vote on it.</summary>
    public bool ForbidOwnAnswerVotes { get; }

    /// <summary>How long after casting a vote can still be changed or retracted, unless the answer was edited since; null for never.</summary>
    public TimeSpan? LockWindow { get; }

    /// <summary>How many votes a voter may have cast per UTC day; null for no cap.</summary>
    public int? DailyCap { get; }

    /// <summary>
    /// The UTC day containing <paramref name="at"/>, as the half-open range a host counts a voter's current votes in
    /// (<c>start &lt;= CastAt &lt; end</c>) to fill <see cref="VoteRequest.VotesCastToday"/>.
    /// </summary>
    /// <param name="at">The instant.</param>
    /// <returns>The start (midnight UTC) and end (the next midnight UTC) of that day.</returns>
    public static (DateTimeOffset Start, DateTimeOffset End) UtcDay(DateTimeOffset at)
    {
        var start = new DateTimeOffset(at.UtcDateTime.Date, TimeSpan.Zero);
        return (start, start.AddDays(1));
    }

    /// <summary>
    /// Whether a current vote counts against its voter's daily cap at <paramref name="at"/>: it was cast (or last
    /// changed) on the same UTC day. A vote retracted the same day is no longer current, so it is refunded.
    /// </summary>
    /// <param name="vote">A current vote.</param>
    /// <param name="at">The instant.</param>
    /// <returns>True when the vote was cast on the UTC day of <paramref name="at"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="vote"/> is null.</exception>
    public static bool CountsToday(Vote vote, DateTimeOffset at)
        => Guard.NotNull(vote).CastAt.UtcDateTime.Date == at.UtcDateTime.Date;
}
