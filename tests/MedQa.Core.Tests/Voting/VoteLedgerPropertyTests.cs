using FsCheck;
using FsCheck.Xunit;

namespace MedQa.Tests.Voting;

[Properties(Arbitrary = [typeof(VoteArbitraries)], MaxTest = 300)]
public class VoteLedgerPropertyTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 23, 0, 0, TimeSpan.Zero);

    /// <summary>The session's voters are v0…v4; v0 is also physician p0, the author of answer a0.</summary>
    private static VoteRequest Request(VoteStep step, IEnumerable<VoteLedger> ledgers, DateTimeOffset at)
        => new("v" + step.Voter, step.Action, step.Voter == 0 ? "p0" : null,
            ledgers.Count(ledger => ledger.VoteOf("v" + step.Voter) is { } vote && VoteRules.CountsToday(vote, at)));

    /// <summary>Runs a session over three answers, calling <paramref name="check"/> after each step with the step's outcome.</summary>
    private static bool Run(VoteStep[] steps, VoteRules rules, Func<VoteLedger[], VoteLedger, VoteOutcome, DateTimeOffset, bool> check)
    {
        VoteLedger[] ledgers = [new("a0", authorId: "p0"), new("a1", authorId: "p1"), new("a2")];
        var at = Start;
        foreach (var step in steps)
        {
            at = at.AddSeconds(step.SecondsLater);
            if (step.EditFirst)
            {
                ledgers[step.Answer] = ledgers[step.Answer].WithAnswerEdited(at);
            }

            var before = ledgers[step.Answer];
            var outcome = before.Apply(Request(step, ledgers, at), rules, at);
            ledgers[step.Answer] = outcome.Ledger;
            if (!check(ledgers, before, outcome, at))
            {
                return false;
            }
        }

        return true;
    }

    [Property]
    public bool Apply_AnySession_TallyEqualsCountOfCurrentVotes(VoteStep[] steps, VoteRules rules)
        => Run(steps, rules, (ledgers, _, _, _) => ledgers.All(ledger =>
            ledger.Tally == new VoteTally(
                ledger.Votes.Count(vote => vote.Direction == VoteDirection.Up),
                ledger.Votes.Count(vote => vote.Direction == VoteDirection.Down))
            && ledger.Count == ledger.Votes.Count()
            && ledger.Votes.Select(vote => vote.VoterId).Distinct().Count() == ledger.Count));

    [Property]
    public bool Apply_AnySession_EventDeltasSumToTally(VoteStep[] steps, VoteRules rules)
    {
        long up = 0, down = 0;
        return Run(steps, rules, (_, _, outcome, _) =>
        {
            up += outcome.Event?.UpDelta ?? 0;
            down += outcome.Event?.DownDelta ?? 0;
            return true;
        }) && Replayed(steps, rules) == (up, down);
    }

    [Property]
    public bool Apply_WithoutRules_MatchesOneVotePerVoterModel(VoteStep[] steps)
    {
        var model = new Dictionary<(int Answer, int Voter), VoteDirection>();
        var index = 0;
        return Run(steps, VoteRules.None, (ledgers, _, outcome, _) =>
        {
            var step = steps[index++];
            var key = (step.Answer, step.Voter);
            var had = model.TryGetValue(key, out var previous);
            var expectedKind = step.Action switch
            {
                VoteAction.Retract => had ? VoteOutcomeKind.Accepted : VoteOutcomeKind.Unchanged,
                var action => had && (previous == VoteDirection.Up) == (action == VoteAction.Up) ? VoteOutcomeKind.Unchanged : VoteOutcomeKind.Accepted,
            };
            if (step.Action == VoteAction.Retract)
            {
                model.Remove(key);
            }
            else
            {
                model[key] = step.Action == VoteAction.Up ? VoteDirection.Up : VoteDirection.Down;
            }

            return outcome.Kind == expectedKind
                && ledgers.Select((ledger, answer) => ledger.Tally == new VoteTally(
                        model.Count(pair => pair.Key.Answer == answer && pair.Value == VoteDirection.Up),
                        model.Count(pair => pair.Key.Answer == answer && pair.Value == VoteDirection.Down)))
                    .All(equal => equal);
        });
    }

    [Property]
    public bool Apply_NotAccepted_LeavesLedgerAsItWasWithoutEvent(VoteStep[] steps, VoteRules rules)
        => Run(steps, rules, (_, before, outcome, _) =>
            outcome.Kind == VoteOutcomeKind.Accepted
                ? outcome.Event is not null && outcome.Rejection is null && !outcome.Ledger.Equals(before)
                : outcome.Event is null && ReferenceEquals(outcome.Ledger, before)
                    && (outcome.Kind == VoteOutcomeKind.Rejected) == (outcome.Rejection is not null));

    [Property]
    public bool Apply_SameRequestTwice_SecondChangesNothing(VoteStep[] steps, VoteRules rules)
        => Run(steps, rules, (ledgers, before, outcome, at) =>
        {
            if (outcome.Kind != VoteOutcomeKind.Accepted || outcome.Event!.Direction is not { } direction)
            {
                return true;
            }

            var again = new VoteRequest(outcome.Event.VoterId, direction == VoteDirection.Up ? VoteAction.Up : VoteAction.Down, null, 0);
            var repeat = outcome.Ledger.Apply(again, rules, at.AddDays(3));
            return repeat.Kind == VoteOutcomeKind.Unchanged && ReferenceEquals(repeat.Ledger, outcome.Ledger);
        });

    [Property]
    public bool Apply_StackExchangeRules_NoVoterExceedsDailyCap(VoteStep[] steps)
    {
        var rules = new VoteRules(forbidOwnAnswerVotes: false, lockWindow: null, dailyCap: 2);
        return Run(steps, rules, (ledgers, _, _, at) => Enumerable.Range(0, 5).All(voter =>
            ledgers.Count(ledger => ledger.VoteOf("v" + voter) is { } vote && VoteRules.CountsToday(vote, at)) <= 2));
    }

    [Property]
    public bool Apply_OwnAnswerForbidden_AuthorNeverVotesOnOwnAnswer(VoteStep[] steps)
        => Run(steps, VoteRules.StackExchange, (ledgers, _, _, _) => ledgers[0].VoteOf("v0") is null);

    [Property]
    public bool Apply_LockedVote_ChangesOnlyWithinWindowOrAfterEdit(VoteStep[] steps, VoteRules rules)
        => Run(steps, rules, (_, before, outcome, at) =>
        {
            if (outcome.Event is not { Change: VoteChange.Changed or VoteChange.Retracted } change || rules.LockWindow is not { } window)
            {
                return true;
            }

            var previous = before.VoteOf(change.VoterId)!;
            return at - previous.CastAt <= window || before.LastEditedAt > previous.CastAt;
        });

    private static (long Up, long Down) Replayed(VoteStep[] steps, VoteRules rules)
    {
        var total = (Up: 0L, Down: 0L);
        Run(steps, rules, (ledgers, _, _, _) =>
        {
            total = (ledgers.Sum(ledger => ledger.Tally.Up), ledgers.Sum(ledger => ledger.Tally.Down));
            return true;
        });
        return total;
    }
}
