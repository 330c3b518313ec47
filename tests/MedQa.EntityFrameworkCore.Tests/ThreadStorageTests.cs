using System.Collections.Immutable;

namespace MedQa.EntityFrameworkCore.Tests;

/// <summary>Threads, physicians and the answer lifecycle through a real database.</summary>
public sealed class ThreadStorageTests
{
    private static readonly Npi ValidNpi = Npi.Parse("1234567893");

    [Theory, SqliteData, PostgresData]
    public async Task SeedAsync_EmptyDatabase_FindThreadReturnsTheSeedThread(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = SeedThread.Build();
        var store = database.NewStore(out var db);
        await using (db)
        {
            Assert.True(await store.SeedAsync(seed));
        }

        store = database.NewStore(out db);
        await using (db)
        {
            var found = await store.FindThreadAsync(seed.Question.Id);
            Assert.NotNull(found);
            Assert.Equal(seed.Question, found.Question);
            Assert.Equal(seed.Disclaimer, found.Disclaimer);
            Assert.True(seed.Answers.SequenceEqual(found.Answers), "The answers differ.");
            Assert.False(await store.SeedAsync(seed));
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task SavePhysicianAsync_EveryField_RoundTrips(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var physician = new Physician(
            "jane-doe",
            name: "Jane Doe",
            credentials: [Credential.MD, Credential.Parse("FACS"), new Credential("XYZ", CredentialKind.Fellowship)],
            specialty: "Vascular Surgeon",
            city: "Austin",
            region: "TX",
            boardCertifications: [new BoardCertification(CertifyingBoard.FromName("American Board of Surgery"), "Vascular Surgery"), new BoardCertification(CertifyingBoard.FromName("Some Other Board"))],
            npi: ValidNpi,
            rating: new StarRating(4.5m, 12));
        var store = database.NewStore(out var db);
        await using (db)
        {
            await store.SavePhysicianAsync(physician);
            await store.SavePhysicianAsync(physician);
        }

        store = database.NewStore(out db);
        await using (db)
        {
            var profile = await store.FindPhysicianAsync("jane-doe");
            Assert.NotNull(profile);
            Assert.Equal(physician, profile.Physician);
            Assert.True(profile.Physician.BoardCertifications[0].Board.IsAbmsMember);
            Assert.Empty(profile.Answers);
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task SubmitAnswerAsync_PendingUntilPublished_ThenHiddenWithReason(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = database.NewStore(out var db);
        await using var _ = db;
        await store.SavePhysicianAsync(new Physician("dr-a", name: "A B", credentials: [Credential.MD]));
        var question = await store.AskAsync("Is a <b>DVT</b> dangerous?", "Details", "Veins", "patient-1");
        Assert.StartsWith("is-a-b-dvt-b-dangerous-", question.Id, StringComparison.Ordinal);

        var answer = await store.SubmitAnswerAsync(question.Id, "dr-a", "Yes", "It can be.");
        Assert.Equal(AnswerStatus.PendingReview, answer.Status);
        Assert.Empty((await store.FindThreadAsync(question.Id))!.Answers);
        Assert.Single(await store.PendingReviewAsync());
        Assert.Equal(0, (await store.ListQuestionsAsync()).Single().PublishedAnswers);

        await store.PublishAsync(answer.Id);
        Assert.Equal("dr-a", Assert.Single((await store.FindThreadAsync(question.Id))!.Answers).Author?.Id);
        Assert.Single((await store.FindPhysicianAsync("dr-a"))!.Answers);
        Assert.Empty(await store.PendingReviewAsync());

        var twice = await Assert.ThrowsAsync<InvalidOperationException>(() => store.PublishAsync(answer.Id));
        Assert.Contains("is Published", twice.Message, StringComparison.Ordinal);

        await store.HideAsync(answer.Id, "  Unsourced claim  ");
        Assert.Empty((await store.FindThreadAsync(question.Id))!.Answers);
        db.ChangeTracker.Clear();
        Assert.Equal("Unsourced claim", db.Answers.Single(row => row.Id == answer.Id).HiddenReason);
        await Assert.ThrowsAsync<ArgumentException>(() => store.HideAsync(answer.Id, " "));
    }

    [Theory, SqliteData, PostgresData]
    public async Task SubmitAnswerAsync_UnknownQuestionOrPhysician_ThrowsKeyNotFound(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = database.NewStore(out var db);
        await using var _ = db;
        await store.SeedAsync(SeedThread.Build());
        var missingQuestion = await Assert.ThrowsAsync<KeyNotFoundException>(() => store.SubmitAnswerAsync("nope<script>", "samir-shureih", null, "Text"));
        Assert.Contains("'nope<script>'", missingQuestion.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<KeyNotFoundException>(() => store.SubmitAnswerAsync(SeedThread.Build().Question.Id, "nobody", null, "Text"));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.SubmitAnswerAsync(SeedThread.Build().Question.Id, "samir-shureih", null, "   "));
    }

    [Fact]
    public void CredentialsConverter_CorruptedColumn_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => CredentialsConverter.Read("MD"));
        Assert.Throws<FormatException>(() => CredentialsConverter.Read("Rank:MD"));
        Assert.ThrowsAny<ArgumentException>(() => CredentialsConverter.Read("Degree:M<D"));
        Assert.Equal(ImmutableArray<Credential>.Empty, CredentialsConverter.Read(""));
    }

    [Fact]
    public void NpiConverter_CorruptedDigits_ThrowsFormatException()
    {
        var converter = new NpiConverter();
        Assert.Equal("1234567893", converter.ConvertToProvider(ValidNpi));
        Assert.Throws<FormatException>(() => converter.ConvertFromProvider("1234567890"));
    }
}
