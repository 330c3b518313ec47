namespace MedQa.EntityFrameworkCore.Tests;

/// <summary>The model's trust and verification facts survive a database: licences, profile URL, verified board certifications, disclosure, references, endorsements, "this helped", the last edit and the thread's reviewer.</summary>
public sealed class TrustFieldStorageTests
{
    private static readonly DateTimeOffset Verified = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);

    [Theory, SqliteData, PostgresData]
    public async Task SeedAsync_EveryTrustField_FindThreadReturnsItUnchanged(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var thread = TrustedThread();
        var store = database.NewStore(out var db);
        await using (db)
        {
            Assert.True(await store.SeedAsync(thread));
        }

        store = database.NewStore(out db);
        await using (db)
        {
            var found = await store.FindThreadAsync(thread.Question.Id);
            Assert.NotNull(found);
            Assert.Equal(thread.ReviewedBy, found.ReviewedBy);
            Assert.Equal(thread.LastReviewed, found.LastReviewed);
            Assert.True(thread.Answers.SequenceEqual(found.Answers), "The answers differ.");
            var author = found.Answers[0].Author!;
            Assert.True(author.IsVerifiedAt(Verified.AddDays(1)));
            Assert.False(author.IsVerifiedAt(new DateTimeOffset(2029, 8, 1, 0, 0, 0, TimeSpan.Zero)));
            Assert.Equal("https://example.com/doctors/jane-doe", author.ProfileUrl?.OriginalString);
            Assert.Equal(thread.Answers[0].Author, (await store.FindPhysicianAsync("jane-doe"))!.Physician);
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task SavePhysicianAsync_PhysicianWithAnswersAndAReview_ReplacedInPlace(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var thread = TrustedThread();
        var store = database.NewStore(out var db);
        await using var _ = db;
        await store.SeedAsync(thread);
        var licensed = new Physician("rob-reviewer", name: "Rob Reviewer", credentials: [Credential.MD], licences: [new MedicalLicence("12345", "Texas Medical Board", LicenceStatus.Active, Verified, Verified.AddYears(2))]);

        await store.SavePhysicianAsync(licensed);
        var found = await store.FindThreadAsync(thread.Question.Id);
        Assert.Equal(licensed, found!.ReviewedBy);
        Assert.Equal(licensed, found.Answers[1].Author);
        Assert.True(found.ReviewedBy!.IsVerifiedAt(Verified));
    }

    private static QaThread TrustedThread()
    {
        var author = new Physician(
            "jane-doe",
            name: "Jane Doe",
            credentials: [Credential.MD],
            specialty: "Vascular Surgeon",
            boardCertifications: [new BoardCertification(CertifyingBoard.FromName("American Board of Surgery"), "Vascular Surgery", Verified, Verified.AddYears(3))],
            licences:
            [
                new MedicalLicence("ME 98765", "Florida Board of Medicine", LicenceStatus.Active, Verified, new DateTimeOffset(2029, 7, 31, 0, 0, 0, TimeSpan.Zero)),
                new MedicalLicence("A123456", "Medical Board of California", LicenceStatus.Expired, null, new DateTimeOffset(2020, 1, 31, 0, 0, 0, TimeSpan.Zero)),
            ],
            profileUrl: new Uri("https://example.com/doctors/jane-doe"));
        var reviewer = new Physician("rob-reviewer", name: "Rob Reviewer", credentials: [Credential.MD]);
        var posted = new DateTimeOffset(2026, 2, 1, 8, 0, 0, TimeSpan.Zero);
        return new QaThread(
            new Question("is-a-dvt-dangerous", "Is a DVT dangerous?"),
            [
                new Answer(
                    "yes-it-can-be",
                    "It can be: see a doctor the same day.",
                    "Yes",
                    author,
                    posted,
                    new VoteTally(3, 1),
                    lastEditedAt: posted.AddDays(2),
                    disclosure: Disclosure.Of("Consultant to a maker of compression stockings."),
                    references: [new Reference("DVT - NHS", new Uri("https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/"))],
                    endorsements: [new Endorsement("rob-reviewer", posted.AddDays(1)), new Endorsement("someone-else")],
                    helpedAsker: true),
                new Answer("no-conflict", "Usually not, if treated.", author: reviewer, disclosure: Disclosure.None),
                new Answer("nothing-stated", "Ask your doctor."),
            ],
            MedicalDisclaimer.Standard,
            new DateOnly(2026, 3, 1),
            reviewer);
    }
}
