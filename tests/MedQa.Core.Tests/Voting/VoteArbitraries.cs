using FsCheck;
using FsCheck.Fluent;

namespace MedQa.Tests.Voting;

/// <summary>One step of a generated voting session: who, what, on which answer, and how long after the previous step.</summary>
public sealed record VoteStep(int Voter, VoteAction Action, int Answer, int SecondsLater, bool EditFirst);

/// <summary>Generators of voting sessions, shared by the ledger's property tests.</summary>
public static class VoteArbitraries
{
    /// <summary>Few voters and answers so that the same (voter, answer) recurs; gaps around the 5-minute window and across UTC days.</summary>
    public static Gen<VoteStep> Step { get; } =
        from voter in Gen.Choose(0, 4)
        from action in Gen.Elements(VoteAction.Up, VoteAction.Down, VoteAction.Retract)
        from answer in Gen.Choose(0, 2)
        from seconds in Gen.Frequency((6, Gen.Choose(0, 120)), (3, Gen.Choose(200, 400)), (1, Gen.Choose(3_600, 90_000)))
        from edit in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new VoteStep(voter, action, answer, seconds, edit);

    public static Arbitrary<VoteStep[]> Steps() => Gen.ArrayOf(Step).ToArbitrary();

    public static Arbitrary<VoteRules> Rules() => Gen.Elements(
        VoteRules.None,
        VoteRules.StackExchange,
        new VoteRules(forbidOwnAnswerVotes: true, lockWindow: null, dailyCap: 3),
        new VoteRules(forbidOwnAnswerVotes: false, lockWindow: TimeSpan.FromMinutes(1), dailyCap: 1)).ToArbitrary();
}
