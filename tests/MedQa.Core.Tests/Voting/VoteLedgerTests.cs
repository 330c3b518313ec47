namespace MedQa.Tests.Voting;

public class VoteLedgerTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    private static VoteRequest Up(string voter = "alice", int today = 0) => new(voter, VoteAction.Up, votesCastToday: today);

    private static VoteRequest Down(string voter = "alice") => new(voter, VoteAction.Down);

    private static VoteRequest Retract(string voter = "alice") => new(voter, VoteAction.Retract);

    [Fact]
    public void Apply_FirstUp_AcceptedAsCastEvent()
    {
        var outcome = new VoteLedger("risks").Apply(Up(), VoteRules.StackExchange, Noon);
        Assert.Equal(VoteOutcomeKind.Accepted, outcome.Kind);
        Assert.Equal(new VoteEvent("risks", "alice", VoteChange.Cast, null, VoteDirection.Up, Noon), outcome.Event);
        Assert.Equal(new VoteTally(1, 0), outcome.Ledger.Tally);
        Assert.Equal(new Vote("alice", VoteDirection.Up, Noon), outcome.Ledger.VoteOf("alice"));
    }

    [Fact]
    public void Apply_SameUpTwice_SecondUnchanged()
    {
        var once = new VoteLedger("risks").Apply(Up(), VoteRules.StackExchange, Noon).Ledger;
        var twice = once.Apply(Up(), VoteRules.StackExchange, Noon.AddSeconds(1));
        Assert.Equal(VoteOutcomeKind.Unchanged, twice.Kind);
        Assert.Null(twice.Event);
        Assert.Same(once, twice.Ledger);
    }

    [Fact]
    public void Apply_ChangeWithinWindow_MovesTheVote()
    {
        var ledger = new VoteLedger("risks").Apply(Up(), VoteRules.StackExchange, Noon).Ledger;
        var outcome = ledger.Apply(Down(), VoteRules.StackExchange, Noon.AddMinutes(5));
        Assert.Equal(VoteChange.Changed, outcome.Event!.Change);
        Assert.Equal((-1, 1), (outcome.Event.UpDelta, outcome.Event.DownDelta));
        Assert.Equal(new VoteTally(0, 1), outcome.Ledger.Tally);
    }

    [Fact]
    public void Apply_ChangeAfterWindow_RejectedAsLocked()
    {
        var ledger = new VoteLedger("risks").Apply(Up(), VoteRules.StackExchange, Noon).Ledger;
        var outcome = ledger.Apply(Retract(), VoteRules.StackExchange, Noon.AddMinutes(5).AddTicks(1));
        Assert.Equal(VoteRejection.Locked, outcome.Rejection);
        Assert.Same(ledger, outcome.Ledger);
    }

    [Fact]
    public void Apply_ChangeAfterWindowButAnswerEditedSince_Accepted()
    {
        var ledger = new VoteLedger("risks").Apply(Up(), VoteRules.StackExchange, Noon).Ledger.WithAnswerEdited(Noon.AddHours(1));
        Assert.Equal(VoteChange.Retracted, ledger.Apply(Retract(), VoteRules.StackExchange, Noon.AddHours(2)).Event!.Change);
    }

    [Fact]
    public void Apply_EditedBeforeTheVote_StillLocks()
    {
        var ledger = new VoteLedger("risks", lastEditedAt: Noon.AddHours(-1)).Apply(Up(), VoteRules.StackExchange, Noon).Ledger;
        Assert.Equal(VoteRejection.Locked, ledger.Apply(Down(), VoteRules.StackExchange, Noon.AddHours(1)).Rejection);
    }

    [Fact]
    public void Apply_AuthorVotesOnOwnAnswer_RejectedOnlyWhenRuleOn()
    {
        var ledger = new VoteLedger("risks", authorId: "mitchel-p-goldman");
        var own = new VoteRequest("user-7", VoteAction.Up, voterPhysicianId: "mitchel-p-goldman");
        Assert.Equal(VoteRejection.OwnAnswer, ledger.Apply(own, VoteRules.StackExchange, Noon).Rejection);
        Assert.Equal(VoteOutcomeKind.Accepted, ledger.Apply(own, VoteRules.None, Noon).Kind);
    }

    [Fact]
    public void Apply_DailyCapReached_NewVoteRejectedButRetractAllowed()
    {
        var ledger = new VoteLedger("risks").Apply(Up(), VoteRules.StackExchange, Noon).Ledger;
        Assert.Equal(VoteRejection.DailyCapReached, ledger.Apply(Up("bob", today: 30), VoteRules.StackExchange, Noon).Rejection);
        Assert.Equal(VoteOutcomeKind.Accepted, ledger.Apply(Up("bob", today: 29), VoteRules.StackExchange, Noon).Kind);
        Assert.Equal(VoteOutcomeKind.Accepted, ledger.Apply(new VoteRequest("alice", VoteAction.Retract, votesCastToday: 30), VoteRules.StackExchange, Noon).Kind);
    }

    [Fact]
    public void Apply_ChangeOfVoteCastToday_NeedsNoFurtherBudget()
    {
        var ledger = new VoteLedger("risks").Apply(Up(), VoteRules.StackExchange, Noon).Ledger;
        var change = new VoteRequest("alice", VoteAction.Down, votesCastToday: 30);
        Assert.Equal(VoteOutcomeKind.Accepted, ledger.Apply(change, VoteRules.StackExchange, Noon.AddMinutes(1)).Kind);
    }

    [Fact]
    public void CountsToday_VoteCastBeforeUtcMidnight_DoesNotCountAfterIt()
    {
        var lateEvening = new Vote("alice", VoteDirection.Up, new DateTimeOffset(2026, 3, 2, 23, 59, 0, TimeSpan.Zero));
        Assert.True(VoteRules.CountsToday(lateEvening, new DateTimeOffset(2026, 3, 2, 18, 0, 0, TimeSpan.FromHours(-5))));
        Assert.False(VoteRules.CountsToday(lateEvening, new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void UtcDay_OffsetInstant_IsTheUtcCalendarDay()
    {
        var (start, end) = VoteRules.UtcDay(new DateTimeOffset(2026, 3, 2, 21, 0, 0, TimeSpan.FromHours(-5)));
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.Zero), start);
        Assert.Equal(start.AddDays(1), end);
    }

    [Fact]
    public void Apply_TimeProvider_StampsTheClocksInstant()
        => Assert.Equal(Noon, new VoteLedger("risks").Apply(Up(), VoteRules.None, new FixedClock(Noon)).Event!.At);

    [Fact]
    public void Reverse_LockedVote_RemovedAsReversedEvent()
    {
        var ledger = new VoteLedger("risks").Apply(Down(), VoteRules.StackExchange, Noon).Ledger;
        var outcome = ledger.Reverse("alice", Noon.AddDays(1));
        Assert.Equal(new VoteEvent("risks", "alice", VoteChange.Reversed, VoteDirection.Down, null, Noon.AddDays(1)), outcome.Event);
        Assert.Equal(VoteTally.None, outcome.Ledger.Tally);
        Assert.Equal(VoteOutcomeKind.Unchanged, outcome.Ledger.Reverse("alice", Noon).Kind);
    }

    [Fact]
    public void Constructor_StoredVotes_RebuildsTally()
    {
        var ledger = new VoteLedger("risks", [new("a", VoteDirection.Up, Noon), new("b", VoteDirection.Down, Noon), new("c", VoteDirection.Up, Noon)]);
        Assert.Equal(new VoteTally(2, 1), ledger.Tally);
        Assert.Equal(["a", "b", "c"], ledger.Votes.Select(vote => vote.VoterId));
    }

    [Fact]
    public void Constructor_TwoVotesOfOneVoter_ThrowsNamingVotes()
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new VoteLedger("risks", [new("a", VoteDirection.Up, Noon), new("a", VoteDirection.Down, Noon)]));
        Assert.Equal("votes", error.ParamName);
        Assert.Contains("\"a\" repeats at index 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullVote_ThrowsNamingVotes()
        => Assert.Equal("votes", Assert.ThrowsAny<ArgumentException>(() => new VoteLedger("risks", [null!])).ParamName);

    [Fact]
    public void Equals_SameVotesInAnyOrder_Equal()
    {
        Vote[] votes = [new("a", VoteDirection.Up, Noon), new("b", VoteDirection.Down, Noon)];
        Assert.Equal(new VoteLedger("risks", votes), new VoteLedger("risks", votes.Reverse()));
        Assert.NotEqual(new VoteLedger("risks", votes), new VoteLedger("risks", votes.Take(1)));
    }

    [Theory]
    [InlineData(VoteChange.Cast, VoteDirection.Up, VoteDirection.Down, "previous")]
    [InlineData(VoteChange.Changed, VoteDirection.Up, VoteDirection.Up, "direction")]
    [InlineData(VoteChange.Retracted, VoteDirection.Up, VoteDirection.Up, "direction")]
    public void VoteEvent_DirectionsNotFittingTheChange_ThrowNamingThem(VoteChange change, VoteDirection previous, VoteDirection direction, string field)
        => Assert.Equal(field, Assert.ThrowsAny<ArgumentException>(() => new VoteEvent("a", "v", change, previous, direction, Noon)).ParamName);

    [Fact]
    public void VoteRequest_UndefinedAction_ThrowsNamingAction()
        => Assert.Equal("action", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new VoteRequest("v", (VoteAction)7)).ParamName);

    [Fact]
    public void VoteRules_NonPositiveWindowOrCap_Throw()
    {
        Assert.Equal("lockWindow", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new VoteRules(false, TimeSpan.Zero, null)).ParamName);
        Assert.Equal("dailyCap", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new VoteRules(false, null, 0)).ParamName);
    }
}
