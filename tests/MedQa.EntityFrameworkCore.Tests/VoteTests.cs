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
        Gen.Zip(Gen.Choose(0, 3), Gen.Elements(VoteChoice.Helpful, VoteChoice.Unhelpful, VoteChoice.None)).ListOf().ToArbitrary(),
        operations => CheckSequenceAsync(operations).GetAwaiter().GetResult());

    [Theory, SqliteData, PostgresData]
    public async Task CastVoteAsync_SameVoteTwice_ChangesNothing(string provider)
    {
        await using var database = await SeededAsync(provider);
        var store = database.NewStore(out var db);
        await using var _ = db;
        var first = await store.CastVoteAsync(AnswerId, "v1", VoteChoice.Helpful);
        var second = await store.CastVoteAsync(AnswerId, "v1", VoteChoice.Helpful);
        Assert.True(first.Changed);
        Assert.False(second.Changed);
        Assert.Equal(new VoteTally(1, 0), second.Tally);
        Assert.Equal(1, (await store.CheckLedgerAsync(AnswerId)).Events);

        var changed = await store.CastVoteAsync(AnswerId, "v1", VoteChoice.Unhelpful);
        Assert.Equal(new VoteTally(0, 1), changed.Tally);
        var retracted = await store.CastVoteAsync(AnswerId, "v1", VoteChoice.None);
        Assert.Equal(VoteTally.None, retracted.Tally);
        Assert.Empty(await store.VotesOfAsync(SeedThread.Build().Question.Id, "v1"));
        Assert.True((await store.CheckLedgerAsync(AnswerId)).IsConsistent);
    }

    [Theory, SqliteData, PostgresData]
    public async Task CastVoteAsync_OwnOrUnpublishedAnswer_Throws(string provider)
    {
        await using var database = await SeededAsync(provider);
        var store = database.NewStore(out var db);
        await using var _ = db;
        var own = await Assert.ThrowsAsync<InvalidOperationException>(() => store.CastVoteAsync(AnswerId, "account-7", VoteChoice.Helpful, "mitchel-p-goldman"));
        Assert.Contains("own answer", own.Message, StringComparison.Ordinal);

        await store.HideAsync(AnswerId, "Spam");
        var hidden = await Assert.ThrowsAsync<InvalidOperationException>(() => store.CastVoteAsync(AnswerId, "v1", VoteChoice.Helpful));
        Assert.Contains("is Hidden", hidden.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<KeyNotFoundException>(() => store.CastVoteAsync("no-such-answer", "v1", VoteChoice.Helpful));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.CastVoteAsync(AnswerId, "v1", (VoteChoice)2));
    }

    [Theory, SqliteData, PostgresData]
    public async Task CastVoteAsync_32ConcurrentVoters_NoUpdateLost(string provider)
    {
        const int voters = 32;
        const int votesPerVoter = 40;
        await using var database = await SeededAsync(provider);
        var finalChoices = new VoteChoice[voters];
        await Parallel.ForAsync(0, voters, new ParallelOptions { MaxDegreeOfParallelism = voters }, async (voter, cancellationToken) =>
        {
            var random = new Random(voter);
            for (var i = 0; i < votesPerVoter; i++)
            {
                var choice = (VoteChoice)random.Next(-1, 2);
                var store = database.NewStore(out var db);
                await using (db)
                {
                    await store.CastVoteAsync(AnswerId, "voter-" + voter, choice, cancellationToken: cancellationToken);
                }

                finalChoices[voter] = choice;
            }
        });

        var check = database.NewStore(out var checkDb);
        await using var _ = checkDb;
        var ledger = await check.CheckLedgerAsync(AnswerId);
        Assert.True(ledger.IsConsistent, ledger.ToString());
        Assert.Equal(
            new VoteTally(finalChoices.Count(choice => choice == VoteChoice.Helpful), finalChoices.Count(choice => choice == VoteChoice.Unhelpful)),
            ledger.Counters);
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

    private static async Task<bool> CheckSequenceAsync(List<(int Voter, VoteChoice Choice)> operations)
    {
        await using var database = await SeededAsync("sqlite");
        var store = database.NewStore(out var db);
        await using var _ = db;
        var model = new Dictionary<int, VoteChoice>();
        foreach (var (voter, choice) in operations)
        {
            var before = model.GetValueOrDefault(voter);
            var result = await store.CastVoteAsync(AnswerId, "v" + voter, choice);
            model[voter] = choice;
            if (result.Previous != before || result.Current != choice || result.Changed != (before != choice))
            {
                return false;
            }
        }

        var ledger = await store.CheckLedgerAsync(AnswerId);
        var expected = new VoteTally(model.Values.Count(choice => choice == VoteChoice.Helpful), model.Values.Count(choice => choice == VoteChoice.Unhelpful));
        return ledger.IsConsistent && ledger.Counters == expected
            && ledger.Events == CountChanges(operations);
    }

    private static long CountChanges(List<(int Voter, VoteChoice Choice)> operations)
    {
        var current = new Dictionary<int, VoteChoice>();
        var changes = 0L;
        foreach (var (voter, choice) in operations)
        {
            if (current.GetValueOrDefault(voter) != choice)
            {
                changes++;
            }

            current[voter] = choice;
        }

        return changes;
    }
}
