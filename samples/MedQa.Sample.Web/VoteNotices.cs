using System.Globalization;
using MedQa.EntityFrameworkCore;

namespace MedQa.Sample.Web;

/// <summary>What the thread page tells a voter about MedQa's decision on their vote, in the rules' own numbers.</summary>
public static class VoteNotices
{
    /// <summary>The notice for a decided vote: counted, changed, retracted, already counted, or why it was refused.</summary>
    public static string Describe(VoteResult result, VoteAction action, VoteRules rules)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(rules);
        return result.Kind switch
        {
            VoteOutcomeKind.Accepted => result.Event?.Change switch
            {
                VoteChange.Cast => "Thank you: your vote is counted.",
                VoteChange.Changed => "Your vote is changed.",
                _ => "Your vote is retracted.",
            },
            VoteOutcomeKind.Unchanged => action == VoteAction.Retract ? "You have no vote on this answer to retract." : "Your vote was already counted.",
            _ => result.Rejection switch
            {
                VoteRejection.OwnAnswer => "You cannot vote on your own answer.",
                VoteRejection.Locked =>
                    $"Your vote is locked: a vote can be changed or retracted for {LockWindow(rules)} after it is cast, and again once the answer is edited.",
                VoteRejection.DailyCapReached =>
                    $"You have cast your {rules.DailyCap?.ToString(CultureInfo.InvariantCulture)} votes for today (UTC): retracting a vote you cast today gives it back, and a new day brings new votes.",
                _ => "This answer takes no more votes.",
            },
        };
    }

    /// <summary>The rules' lock window in words: "5 minutes".</summary>
    public static string LockWindow(VoteRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var minutes = rules.LockWindow?.TotalMinutes ?? 0;
        return minutes == 1 ? "1 minute" : minutes.ToString("0.##", CultureInfo.InvariantCulture) + " minutes";
    }
}
