using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace MedQa.EntityFrameworkCore.Tests;

/// <summary>Votes as rows: one current vote per (answer, voter), counters equal to the ledger under any sequence and any concurrency.</summary>
public sealed class VoteTests
{
    private const string AnswerId = "risks-of-sclerotherapy";

    [Property(MaxTest = 25)]
    public Property CastVoteAsync_AnySequence_TallyEqualsCurrentVotesAndLedger() => Prop.ForAll(
        Gen.Zip(Gen.Choose(0, 3), Gen.Elements(VoteAction.Up, VoteAction.Down, VoteAction.Retract)).ListOf().ToArbitrary(),
        operations => CheckSequenceAsync(operations).GetAwaiter().GetResult());

    [Theory, SqliteData, PostgresData]
    public async Task CastVoteAsync_SameVoteTwice_ChangesNothing(string provider)
    {
        await using var database = await SeededAsync(provider);
        var store = database.NewStore(out var db);
        await using var _ = db;
        var first = await store.CastVoteAsync(AnswerId, "v1", VoteAction.Up, VoteRules.StackExchange);
        var second = await store.CastVoteAsync(AnswerId, "v1", VoteAction.Up, VoteRules.StackExchange);
        Assert.True(first.Changed);
        Assert.Equal(VoteChange.Cast, first.Event?.Change);
        Assert.False(second.Changed);
        Assert.Equal(VoteOutcomeKind.Unchanged, second.Kind);
        Assert.Equal(new VoteTally(1, 0), second.Tally);
        Assert.Equal(1, (await store.CheckLedgerAsync(AnswerId)).Events);

        var changed = await store.CastVoteAsync(AnswerId, "v1", VoteAction.Down, VoteRules.StackExchange);
        Assert.Equal(new VoteTally(0, 1), changed.Tally);
        Assert.Equal(VoteChange.Changed, changed.Event?.Change);
        var retracted = await store.CastVoteAsync(AnswerId, "v1", VoteAction.Retract, VoteRules.StackExchange);
        Assert.Equal(VoteTally.None, retracted.Tally);
        Assert.Null(retracted.Current);
        Assert.Empty(await store.VotesOfAsync(SeedThread.Build().Question.Id, "v1"));
        Assert.True((await store.CheckLedgerAsync(AnswerId)).IsConsistent);
    }

    [Theory, SqliteData, PostgresData]
    public async Task CastVoteAsync_OwnAnswer_RejectedAndUnpublishedAnswer_Throws(string provider)
    {
        await using var database = await SeededAsync(provider);
        var store = database.NewStore(out var db);
        await using var _ = db;
        var own = await store.CastVoteAsync(AnswerId, "account-7", VoteAction.Up, VoteRules.StackExchange, "mitchel-p-goldman");
        Assert.Equal(VoteOutcomeKind.Rejected, own.Kind);
        Assert.Equal(VoteRejection.OwnAnswer, own.Rejection);
        Assert.Equal(0, (await store.CheckLedgerAsync(AnswerId)).Events);

        await store.HideAsync(AnswerId, "Spam");
        var hidden = await Assert.ThrowsAsync<InvalidOperationException>(() => store.CastVoteAsync(AnswerId, "v1", VoteAction.Up, VoteRules.StackExchange));
        Assert.Contains("is Hidden", hidden.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<KeyNotFoundException>(() => store.CastVoteAsync("no-such-answer", "v1", VoteAction.Up, VoteRules.StackExchange));
        await Assert.ThrowsAnyAsync<ArgumentOutOfRangeException>(() => store.CastVoteAsync(AnswerId, "v1", (VoteAction)7, VoteRules.StackExchange));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.CastVoteAsync(AnswerId, "<script>", VoteAction.Up, VoteRules.StackExchange));
    }

    [Theory, SqliteData, PostgresData]
    public async Task CastVoteAsync_32ConcurrentVoters_NoUpdateLost(string provider)
    {
        const int voters = 32;
        const int votesPerVoter = 40;
        await using var database = await SeededAsync(provider);
        var finalChoices = new VoteAction[voters];
        await Parallel.ForAsync(0, voters, new ParallelOptions { MaxDegreeOfParallelism = voters }, async (voter, cancellationToken) =>
        {
            var random = new Random(voter);
            for (var i = 0; i < votesPerVoter; i++)
            {
                var choice = (VoteAction)random.Next(3);
                var store = database.NewStore(out var db);
                await using (db)
                {
                    var result = await store.CastVoteAsync(AnswerId, "voter-" + voter, choice, VoteRules.StackExchange, cancellationToken: cancellationToken);
                    Assert.NotEqual(VoteOutcomeKind.Rejected, result.Kind);
                }

                finalChoices[voter] = choice;
            }
        });

        var check = database.NewStore(out var checkDb);
        await using var _ = checkDb;
        var ledger = await check.CheckLedgerAsync(AnswerId);
        Assert.True(ledger.IsConsistent, ledger.ToString());
        Assert.Equal(
            new VoteTally(finalChoices.Count(choice => choice == VoteAction.Up), finalChoices.Count(choice => choice == VoteAction.Down)),
            ledger.Counters);
        Assert.Equal(ledger.CurrentVotes, (await check.LoadLedgerAsync(AnswerId)).Tally);
    }

    private static async Task<TestDatabase> SeededAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var store = database.NewStore(out var db);
        await using (db)
        {
            await store.SeedAsync(SeedThread.Build());
        }

        return database;
    }

    private static async Task<bool> CheckSequenceAsync(List<(int Voter, VoteAction Action)> operations)
    {
        await using var database = await SeededAsync("sqlite");
        var store = database.NewStore(out var db);
        await using var _ = db;
        var model = new Dictionary<int, VoteDirection>();
        var changes = 0L;
        foreach (var (voter, action) in operations)
        {
            VoteDirection? before = model.TryGetValue(voter, out var had) ? had : null;
            VoteDirection? wanted = action switch { VoteAction.Up => VoteDirection.Up, VoteAction.Down => VoteDirection.Down, _ => null };
            var result = await store.CastVoteAsync(AnswerId, "v" + voter, action, VoteRules.None);
            if (wanted is { } direction)
            {
                model[voter] = direction;
            }
            else
            {
                model.Remove(voter);
            }

            changes += before != wanted ? 1 : 0;
            if (result.Current?.Direction != wanted || result.Changed != (before != wanted) || result.Event?.Previous != (result.Changed ? before : null))
            {
                return false;
            }
        }

        var ledger = await store.CheckLedgerAsync(AnswerId);
        var expected = new VoteTally(model.Values.Count(direction => direction == VoteDirection.Up), model.Values.Count(direction => direction == VoteDirection.Down));
        return ledger.IsConsistent && ledger.Counters == expected && ledger.Events == changes;
    }
}
