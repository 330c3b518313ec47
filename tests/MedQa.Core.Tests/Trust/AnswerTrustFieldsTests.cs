namespace MedQa.Tests.Trust;

public class AnswerTrustFieldsTests
{
    private static readonly DateTimeOffset Posted = new(2024, 5, 1, 9, 0, 0, TimeSpan.FromHours(-7));

    private static readonly Physician Author = new("mitchel-p-goldman", "Mitchel P. Goldman");

    [Fact]
    public void Constructor_AllTrustFields_AreKept()
    {
        var answer = new Answer(
            "risks", "Body", author: Author, postedAt: Posted, lastEditedAt: Posted.AddDays(2),
            disclosure: Disclosure.Of("Consultant to a maker of sclerosants"),
            references: [new Reference("Sclerotherapy guidelines", new Uri("https://example.org/guidelines"))],
            endorsements: [new Endorsement("jane-roe"), new Endorsement("john-doe", Posted)],
            helpedAsker: true);
        Assert.Equal(Posted.AddDays(2), answer.LastEditedAt);
        Assert.True(answer.Disclosure!.HasConflict);
        Assert.Equal("Sclerotherapy guidelines", Assert.Single(answer.References).Title);
        Assert.Equal(2, answer.Endorsements.Length);
        Assert.True(answer.HelpedAsker);
    }

    [Fact]
    public void Constructor_EditedBeforePosted_ThrowsNamingLastEditedAt()
        => Assert.Equal("lastEditedAt", Assert.ThrowsAny<ArgumentException>(() => new Answer("a", "b", postedAt: Posted, lastEditedAt: Posted.AddTicks(-1))).ParamName);

    [Fact]
    public void Constructor_AuthorEndorsesOwnAnswer_ThrowsNamingEndorsements()
        => Assert.Equal("endorsements", Assert.ThrowsAny<ArgumentException>(() => new Answer("a", "b", author: Author, endorsements: [new Endorsement(Author.Id)])).ParamName);

    [Fact]
    public void Constructor_SamePhysicianEndorsesTwice_ThrowsNamingEndorsements()
        => Assert.Equal("endorsements", Assert.ThrowsAny<ArgumentException>(() => new Answer("a", "b", endorsements: [new Endorsement("x"), new Endorsement("x", Posted)])).ParamName);

    [Fact]
    public void Constructor_TooManyReferences_ThrowsNamingReferences()
    {
        var references = Enumerable.Range(0, Answer.MaxReferences + 1).Select(i => new Reference("Ref " + i, new Uri("https://example.org/" + i)));
        Assert.Equal("references", Assert.ThrowsAny<ArgumentException>(() => new Answer("a", "b", references: references)).ParamName);
    }

    [Fact]
    public void Constructor_DuplicateReference_ThrowsNamingReferences()
    {
        var reference = new Reference("Ref", new Uri("https://example.org/"));
        Assert.Equal("references", Assert.ThrowsAny<ArgumentException>(() => new Answer("a", "b", references: [reference, reference])).ParamName);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org/x")]
    public void Reference_NonHttpUrl_ThrowsNamingUrl(string url)
        => Assert.Equal("url", Assert.ThrowsAny<ArgumentException>(() => new Reference("Title", new Uri(url))).ParamName);

    [Fact]
    public void Reference_RelativeUrl_ThrowsNamingUrl()
        => Assert.Equal("url", Assert.ThrowsAny<ArgumentException>(() => new Reference("Title", new Uri("/guidelines", UriKind.Relative))).ParamName);

    [Fact]
    public void Disclosure_NoneAndStatement_Differ()
    {
        Assert.False(Disclosure.None.HasConflict);
        Assert.Equal("No conflicts of interest", Disclosure.None.ToString());
        Assert.Equal(Disclosure.Of("Paid speaker"), Disclosure.Of("Paid speaker"));
        Assert.Equal("statement", Assert.ThrowsAny<ArgumentException>(() => Disclosure.Of("  ")).ParamName);
    }

    [Fact]
    public void Equals_DifferentReferences_NotEqual()
    {
        var a = new Answer("a", "b", references: [new Reference("One", new Uri("https://example.org/1"))]);
        var b = new Answer("a", "b", references: [new Reference("Two", new Uri("https://example.org/2"))]);
        Assert.NotEqual(a, b);
        Assert.Equal(a, new Answer("a", "b", references: [new Reference("One", new Uri("https://example.org/1"))]));
    }

    [Fact]
    public void WithVotes_LedgerTally_KeepsEverythingElse()
    {
        var answer = new Answer("a", "b", author: Author, postedAt: Posted, helpedAsker: true);
        var voted = answer.WithVotes(new VoteTally(3, 1));
        Assert.Equal(new VoteTally(3, 1), voted.Votes);
        Assert.Equal(answer, voted.WithVotes(VoteTally.None));
    }

    [Fact]
    public void VoteLedgerFor_Answer_TakesAuthorAndLastEdit()
    {
        var ledger = VoteLedger.For(new Answer("a", "b", author: Author, postedAt: Posted, lastEditedAt: Posted.AddDays(1)));
        Assert.Equal(("a", "mitchel-p-goldman", Posted.AddDays(1)), (ledger.AnswerId, ledger.AuthorId, ledger.LastEditedAt));
    }

    [Fact]
    public void QaThread_ReviewedBy_IsKeptAndCompared()
    {
        var thread = new QaThread(new Question("q", "Q"), [], MedicalDisclaimer.Standard, new DateOnly(2025, 1, 2), Author);
        Assert.Equal(Author, thread.ReviewedBy);
        Assert.NotEqual(thread, new QaThread(new Question("q", "Q"), [], MedicalDisclaimer.Standard, new DateOnly(2025, 1, 2)));
    }
}
