using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace MedQa.EntityFrameworkCore.Tests;

/// <summary>
/// The store decides votes by MedQa's rules (<see cref="VoteLedger"/>, <see cref="VoteRules"/>) over rows: the lock
/// window and its reopening by an edit, the daily cap and its same-day refund, and the same decisions as an in-memory
/// ledger for any sequence.
/// </summary>
public sealed class VoteRuleTests
{
    private const string AnswerId = "risks-of-sclerotherapy";
    private const string AuthorId = "mitchel-p-goldman";
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    [Theory, SqliteData, PostgresData]
    public async Task CastVoteAsync_AfterTheLockWindow_LockedUntilTheAnswerIsEdited(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(Start);
        var store = database.NewStore(out var db, clock);
        await using var _ = db;
        await store.SeedAsync(SeedThread.Build());

        Assert.True((await store.CastVoteAsync(AnswerId, "v1", VoteAction.Up, VoteRules.StackExchange)).Changed);
        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(VoteChange.Changed, (await store.CastVoteAsync(AnswerId, "v1", VoteAction.Down, VoteRules.StackExchange)).Event?.Change);

        clock.Advance(VoteRules.DefaultLockWindow + TimeSpan.FromSeconds(1));
        var locked = await store.CastVoteAsync(AnswerId, "v1", VoteAction.Up, VoteRules.StackExchange);
        Assert.Equal(VoteRejection.Locked, locked.Rejection);
        Assert.Equal(VoteRejection.Locked, (await store.CastVoteAsync(AnswerId, "v1", VoteAction.Retract, VoteRules.StackExchange)).Rejection);
        Assert.Equal(VoteDirection.Down, locked.Current?.Direction);
        Assert.Equal(new VoteTally(0, 1), locked.Tally);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.EditAnswerAsync(AnswerId, "someone-else", null, "Edited."));
        clock.Advance(TimeSpan.FromMinutes(1));
        var editedAt = await store.EditAnswerAsync(AnswerId, AuthorId, "Risks", "Edited: sclerotherapy rarely causes a DVT.");
        Assert.Equal(clock.Now, editedAt);
        Assert.Equal(editedAt, (await store.FindThreadAsync(SeedThread.Build().Question.Id))!.Answers.Single(answer => answer.Id == AnswerId).LastEditedAt);
        var reopened = await store.CastVoteAsync(AnswerId, "v1", VoteAction.Up, VoteRules.StackExchange);
        Assert.Equal(VoteChange.Changed, reopened.Event?.Change);
        Assert.True((await store.CheckLedgerAsync(AnswerId)).IsConsistent);
    }

    [Theory, SqliteData, PostgresData]
    public async Task CastVoteAsync_31stVoteOfTheUtcDay_RejectedAndASameDayRetractionRefunds(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(Start);
        var store = database.NewStore(out var db, clock);
        await using var _ = db;
        var thread = ManyAnswers(VoteRules.DefaultDailyCap + 2);
        await store.SeedAsync(thread);
        var ids = thread.Answers.Select(answer => answer.Id).ToList();

        for (var i = 0; i < VoteRules.DefaultDailyCap; i++)
        {
            Assert.True((await store.CastVoteAsync(ids[i], "v1", VoteAction.Up, VoteRules.StackExchange)).Changed);
        }

        Assert.Equal(VoteRejection.DailyCapReached, (await store.CastVoteAsync(ids[30], "v1", VoteAction.Up, VoteRules.StackExchange)).Rejection);
        Assert.True((await store.CastVoteAsync(ids[0], "v1", VoteAction.Down, VoteRules.StackExchange)).Changed); // a change reuses its place
        Assert.True((await store.CastVoteAsync(ids[1], "v1", VoteAction.Retract, VoteRules.StackExchange)).Changed);
        Assert.True((await store.CastVoteAsync(ids[30], "v1", VoteAction.Up, VoteRules.StackExchange)).Changed); // the retraction was refunded
        Assert.Equal(VoteRejection.DailyCapReached, (await store.CastVoteAsync(ids[31], "v1", VoteAction.Up, VoteRules.StackExchange)).Rejection);
        Assert.True((await store.CastVoteAsync(ids[31], "v2", VoteAction.Up, VoteRules.StackExchange)).Changed); // the cap is per voter

        clock.Advance(TimeSpan.FromHours(14)); // 00:00 UTC the next day
        Assert.True((await store.CastVoteAsync(ids[31], "v1", VoteAction.Up, VoteRules.StackExchange)).Changed);
    }

    [Theory, SqliteData, PostgresData]
    public async Task ReverseVoteAsync_LockedVote_RemovedWithAReversedEvent(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(Start);
        var store = database.NewStore(out var db, clock);
        await using var _ = db;
        await store.SeedAsync(SeedThread.Build());
        await store.CastVoteAsync(AnswerId, "serial", VoteAction.Down, VoteRules.StackExchange);
        clock.Advance(TimeSpan.FromHours(1));

        var reversed = await store.ReverseVoteAsync(AnswerId, "serial");
        Assert.Equal(VoteChange.Reversed, reversed.Event?.Change);
        Assert.Equal(VoteTally.None, reversed.Tally);
        Assert.Equal(VoteOutcomeKind.Unchanged, (await store.ReverseVoteAsync(AnswerId, "serial")).Kind);
        db.ChangeTracker.Clear();
        Assert.Equal(
            [VoteChange.Cast, VoteChange.Reversed],
            db.VoteEvents.Where(row => row.AnswerId == AnswerId).OrderBy(row => row.Id).AsEnumerable().Select(row => row.ToEvent().Change));
        Assert.True((await store.CheckLedgerAsync(AnswerId)).IsConsistent);
    }

    // Voter 0 is the author of every answer; minutes advance the clock across the lock window and, at 150, a UTC day.
    [Property(MaxTest = 20)]
    public Property CastVoteAsync_AnySequence_DecidesAsTheInMemoryLedger() => Prop.ForAll(
        Gen.Zip(Gen.Zip(Gen.Choose(0, 3), Gen.Choose(0, 2)), Gen.Zip(Gen.Elements(VoteAction.Up, VoteAction.Down, VoteAction.Retract), Gen.Elements(0, 1, 3, 6, 150)))
            .ListOf().ToArbitrary(),
        operations => MatchesLedgerAsync(operations).GetAwaiter().GetResult());

    private static async Task<bool> MatchesLedgerAsync(List<((int Voter, int Answer) Who, (VoteAction Action, int Minutes) What)> operations)
    {
        var rules = new VoteRules(forbidOwnAnswerVotes: true, VoteRules.DefaultLockWindow, dailyCap: 2);
        await using var database = await TestDatabase.CreateAsync("sqlite");
        var clock = new ManualClock(Start);
        var store = database.NewStore(out var db, clock);
        await using var _ = db;
        var thread = ManyAnswers(3);
        await store.SeedAsync(thread);
        var ledgers = thread.Answers.Select(answer => VoteLedger.For(answer)).ToArray();
        foreach (var ((voter, answer), (action, minutes)) in operations)
        {
            clock.Advance(TimeSpan.FromMinutes(minutes));
            var voterId = "v" + voter;
            var today = ledgers.Sum(ledger => ledger.VoteOf(voterId) is { } vote && VoteRules.CountsToday(vote, clock.Now) ? 1 : 0);
            var expected = ledgers[answer].Apply(new VoteRequest(voterId, action, voter == 0 ? AuthorId : null, today), rules, clock.Now);
            var stored = await store.CastVoteAsync(ledgers[answer].AnswerId, voterId, action, rules, voter == 0 ? AuthorId : null);
            if (stored.Kind != expected.Kind || stored.Rejection != expected.Rejection || stored.Event != expected.Event)
            {
                return false;
            }

            ledgers[answer] = expected.Ledger;
        }

        foreach (var ledger in ledgers)
        {
            var loaded = await store.LoadLedgerAsync(ledger.AnswerId);
            if (!loaded.Votes.Select(vote => (vote.VoterId, vote.Direction)).SequenceEqual(ledger.Votes.Select(vote => (vote.VoterId, vote.Direction)))
                || !(await store.CheckLedgerAsync(ledger.AnswerId)).IsConsistent)
            {
                return false;
            }
        }

        return true;
    }

    private static QaThread ManyAnswers(int count)
    {
        var author = new Physician(AuthorId, name: "Mitchel P. Goldman", credentials: [Credential.MD]);
        return new QaThread(
            new Question("many-answers", "A question with many answers?"),
            Enumerable.Range(0, count).Select(i => new Answer($"answer-{i:00}", $"Answer number {i}.", author: author)),
            MedicalDisclaimer.Standard);
    }
}
