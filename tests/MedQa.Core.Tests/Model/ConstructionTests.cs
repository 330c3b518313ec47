using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace MedQa.Tests.Model;

/// <summary>Every invalid field is rejected at construction with an exception that names it.</summary>
public class ConstructionTests
{
    /// <summary>Null-free strings that are empty or only white space (spaces, tabs, newlines, NBSP, ideographic space).</summary>
    private static readonly Arbitrary<string> Blank =
        Gen.ListOf(Gen.Elements(' ', '\t', '\n', '\r', '\u00A0', '\u3000')).Select(chars => new string(chars.ToArray())).ToArbitrary();

    /// <summary>Strings that are not valid identifiers: empty, with a forbidden character, or too long.</summary>
    private static readonly Arbitrary<string> BadIdentifier = Gen.OneOf(
        Gen.Constant(string.Empty),
        Gen.Elements(" ", "/", "<", "\"", "é", "#", "?", "\0").Select(bad => "id" + bad + "x"),
        Gen.Choose(129, 300).Select(length => new string('a', length))).ToArbitrary();

    private static string ParamOf(Action construct) => Assert.ThrowsAny<ArgumentException>(construct).ParamName!;

    [Property(MaxTest = 50)]
    public Property Question_BlankTitle_ThrowsNamingTitle() => Prop.ForAll(Blank, blank => ParamOf(() => new Question("q", blank)) == "title");

    [Property(MaxTest = 50)]
    public Property Question_BlankBody_ThrowsNamingBody() => Prop.ForAll(Blank, blank => ParamOf(() => new Question("q", "T", body: blank)) == "body");

    [Property(MaxTest = 50)]
    public Property Question_BadId_ThrowsNamingId() => Prop.ForAll(BadIdentifier, id => ParamOf(() => new Question(id, "T")) == "id");

    [Fact]
    public void Question_TitleOver200Chars_ThrowsNamingTitle() => Assert.Equal("title", ParamOf(() => new Question("q", new string('x', 201))));

    [Fact]
    public void Question_NullTitle_ThrowsArgumentNull() => Assert.Equal("title", Assert.ThrowsAny<ArgumentNullException>(() => new Question("q", null!)).ParamName);

    [Property(MaxTest = 50)]
    public Property Answer_BlankBody_ThrowsNamingBody() => Prop.ForAll(Blank, blank => ParamOf(() => new Answer("a", blank)) == "body");

    [Property(MaxTest = 50)]
    public Property Answer_BlankHeadline_ThrowsNamingHeadline() => Prop.ForAll(Blank, blank => ParamOf(() => new Answer("a", "B", headline: blank)) == "headline");

    [Property(MaxTest = 50)]
    public Property Answer_BadId_ThrowsNamingId() => Prop.ForAll(BadIdentifier, id => ParamOf(() => new Answer(id, "B")) == "id");

    [Fact]
    public void Answer_BodyOverLimit_ThrowsNamingBody() => Assert.Equal("body", ParamOf(() => new Answer("a", new string('x', 100_001))));

    [Property(MaxTest = 50)]
    public Property Physician_BlankField_ThrowsNamingIt()
        => Prop.ForAll(Blank, Gen.Elements("name", "specialty", "city", "region").ToArbitrary(), (blank, field) => ParamOf(() => _ = field switch
        {
            "name" => new Physician("p", name: blank),
            "specialty" => new Physician("p", specialty: blank),
            "city" => new Physician("p", city: blank),
            _ => new Physician("p", region: blank),
        }) == field);

    [Fact]
    public void Physician_DuplicateCredential_ThrowsNamingCredentials()
        => Assert.Equal("credentials", ParamOf(() => new Physician("p", credentials: [Credential.MD, Credential.MD])));

    [Fact]
    public void Physician_DefaultCredential_ThrowsNamingCredentials()
        => Assert.Equal("credentials", ParamOf(() => new Physician("p", credentials: [default])));

    [Fact]
    public void Physician_NullBoardCertification_ThrowsNamingBoardCertifications()
        => Assert.Equal("boardCertifications", ParamOf(() => new Physician("p", boardCertifications: [null!])));

    [Fact]
    public void Physician_DefaultRating_ThrowsNamingRating()
        => Assert.Equal("rating", ParamOf(() => new Physician("p", rating: default(StarRating))));

    [Property(MaxTest = 100)]
    public Property StarRating_ValueOutsideScale_ThrowsNamingValue()
        => Prop.ForAll(
            Gen.OneOf(Gen.Choose(-1000, -1), Gen.Choose(51, 1000)).Select(tenths => tenths / 10m).ToArbitrary(),
            value => ParamOf(() => new StarRating(value, 1)) == "value");

    [Property(MaxTest = 100)]
    public Property StarRating_NegativeReviewCount_ThrowsNamingReviewCount()
        => Prop.ForAll(Gen.Choose(int.MinValue, -1).ToArbitrary(), count => ParamOf(() => new StarRating(4m, count)) == "reviewCount");

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(101)]
    public void StarRating_BadScale_ThrowsNamingBestValue(int best) => Assert.Equal("bestValue", ParamOf(() => new StarRating(0m, 1, best)));

    [Property(MaxTest = 100)]
    public Property VoteTally_NegativeCount_ThrowsNamingIt()
        => Prop.ForAll(Gen.Choose(int.MinValue, -1).ToArbitrary(), count =>
            ParamOf(() => new VoteTally(count, 0)) == "up" && ParamOf(() => new VoteTally(0, count)) == "down");

    [Fact]
    public void QaThread_NullDisclaimer_ThrowsNamingDisclaimer()
        => Assert.Equal("disclaimer", Assert.ThrowsAny<ArgumentNullException>(() => new QaThread(new Question("q", "T"), [], null!)).ParamName);

    [Fact]
    public void QaThread_DuplicateAnswerIds_ThrowsNamingAnswers()
        => Assert.Equal("answers", ParamOf(() => new QaThread(new Question("q", "T"), [new Answer("a", "1"), new Answer("a", "2")], MedicalDisclaimer.Standard)));

    [Fact]
    public void QaThread_NullAnswer_ThrowsNamingAnswers()
        => Assert.Equal("answers", ParamOf(() => new QaThread(new Question("q", "T"), [null!], MedicalDisclaimer.Standard)));

    [Theory]
    [InlineData("")]
    [InlineData("M D")]
    [InlineData("1MD")]
    [InlineData("ABCDEFGHIJKLMNOPQ")]
    public void Credential_Malformed_ThrowsNamingAbbreviation(string abbreviation)
        => Assert.Equal("abbreviation", ParamOf(() => new Credential(abbreviation, CredentialKind.Degree)));

    [Fact]
    public void BoardCertification_NullBoard_ThrowsNamingBoard()
        => Assert.Equal("board", ParamOf(() => new BoardCertification(null!)));
}
