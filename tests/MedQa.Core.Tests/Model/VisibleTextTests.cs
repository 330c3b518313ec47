using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace MedQa.Tests.Model;

/// <summary>
/// Issue 9, point 5: "not blank" means visible text, a letter or digit, tested over whole Unicode categories: text made
/// only of control, format, space, separator, mark, symbol or punctuation characters, or of the invisible Hangul
/// fillers, is rejected wherever the model asks for text.
/// </summary>
public class VisibleTextTests
{
    // Letters that render as nothing: Unicode's default-ignorable code points of category Lo.
    private static readonly int[] InvisibleLetters = [0x115F, 0x1160, 0x3164, 0xFFA0];

    private static IEnumerable<Rune> AllScalarValues()
    {
        for (var value = 0; value <= 0x10FFFF; value++)
        {
            if (Rune.IsValid(value))
            {
                yield return new Rune(value);
            }
        }
    }

    private static bool CountsAsVisible(Rune rune)
        => (Rune.IsLetter(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.DecimalDigitNumber) && !InvisibleLetters.Contains(rune.Value);

    private static bool Accepted(Func<string, object> construct, string text)
    {
        try
        {
            construct(text);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public static TheoryData<string> Fields() => new() { "question title", "question body", "answer body", "headline", "physician name", "board name" };

    private static Func<string, object> Construct(string field) => field switch
    {
        "question title" => text => new Question("q", text),
        "question body" => text => new Question("q", "Title", body: text),
        "answer body" => text => new Answer("a", text),
        "headline" => text => new Answer("a", "Body", headline: text),
        "physician name" => text => new Physician("p", name: text),
        "board name" => text => CertifyingBoard.FromName(text),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    [Fact]
    public void HasLetterOrDigit_EveryCodePoint_TrueExactlyForVisibleLettersAndDigits()
    {
        var wrong = AllScalarValues()
            .Where(rune => VisibleText.HasLetterOrDigit(rune.ToString() + rune) != CountsAsVisible(rune))
            .Select(rune => $"U+{rune.Value:X4} ({Rune.GetUnicodeCategory(rune)})")
            .ToList();

        Assert.True(wrong.Count == 0, $"{wrong.Count} code points judged wrongly, such as {string.Join(", ", wrong.Take(20))}");
    }

    // Each model field over every category: the first, middle and last code points of each (all 30 categories).
    private static IEnumerable<Rune> SamplesOfEveryCategory()
        => AllScalarValues()
            .GroupBy(Rune.GetUnicodeCategory)
            .SelectMany(category => category.ToArray() is var runes ? new[] { runes[0], runes[runes.Length / 2], runes[^1] } : [])
            .Concat(InvisibleLetters.Select(value => new Rune(value)))
            .Distinct();

    [Theory]
    [MemberData(nameof(Fields))]
    public void Constructor_TextOfOneCharacterOfEachCategory_AcceptedExactlyForVisibleLettersAndDigits(string field)
    {
        var construct = Construct(field);
        var wrong = SamplesOfEveryCategory()
            .Where(rune => Accepted(construct, rune.ToString() + rune) != CountsAsVisible(rune))
            .Select(rune => $"U+{rune.Value:X4} ({Rune.GetUnicodeCategory(rune)})")
            .ToList();

        Assert.True(wrong.Count == 0, $"{field}: {wrong.Count} code points judged wrongly, such as {string.Join(", ", wrong.Take(20))}");
    }

    [Fact]
    public void CountLetters_EveryCodePoint_CountsVisibleLettersOnly()
    {
        var wrong = AllScalarValues()
            .Where(rune => (VisibleText.CountLetters(rune.ToString() + rune, 4) == 2) != (Rune.IsLetter(rune) && !InvisibleLetters.Contains(rune.Value)))
            .Select(rune => $"U+{rune.Value:X4}")
            .ToList();

        Assert.True(wrong.Count == 0, string.Join(", ", wrong.Take(20)));
    }

    [Fact]
    public void Constructor_WholeInvisibleCategories_AreRejectedTogether()
    {
        // Every control, format, space, line and paragraph separator character at once, plus the fillers.
        var invisible = new StringBuilder();
        foreach (var rune in AllScalarValues())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.SpaceSeparator
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator || InvisibleLetters.Contains(rune.Value) || rune.Value == 0x2800)
            {
                invisible.Append(rune.ToString());
            }
        }

        var text = invisible.ToString();
        Assert.ThrowsAny<ArgumentException>(() => new Answer("a", text));
        Assert.Equal("a", new Answer("a", text + "a").Body[^1..]);
    }

    [Property(MaxTest = 200)]
    public Property Question_TitleWithAVisibleLetterAmongInvisibles_IsAccepted()
        => Prop.ForAll(
            Gen.Elements("\u200B", "\uFEFF", "\u0000", "\u001F", "\u2800", "\u3164", " ", "\u00A0", "\u2028", "\u202E").ListOf().ToArbitrary(),
            Gen.Elements("a", "Z", "é", "中", "9", "\U0001D400").ToArbitrary(),
            (fillers, letter) => new Question("q", string.Concat(fillers.Take(20)) + letter).Title.EndsWith(letter, StringComparison.Ordinal));

    [Theory]
    [InlineData("\u200B\u200B")]
    [InlineData("\uFEFF")]
    [InlineData("\u0000")]
    [InlineData("\u001F")]
    [InlineData("\u2800")]
    [InlineData("\u3164")]
    [InlineData("\u115F\u1160")]
    [InlineData("\uFFA0")]
    [InlineData(".")]
    [InlineData("999")]
    [InlineData("Ok.")]
    [InlineData("Hi 911")]
    public void MedicalDisclaimer_StatementThatIsNotASentence_ThrowsNamingIt(string statement)
    {
        Assert.Equal("educationalStatement", Assert.ThrowsAny<ArgumentException>(() => new MedicalDisclaimer(statement, "Call 911.", MedicalDisclaimer.StandardNoRelationshipStatement, EmergencyNumber.UnitedStates)).ParamName);
        Assert.Equal("noRelationshipStatement", Assert.ThrowsAny<ArgumentException>(() => new MedicalDisclaimer(MedicalDisclaimer.StandardEducationalStatement, "Call 911.", statement, EmergencyNumber.UnitedStates)).ParamName);
    }

    [Theory]
    [InlineData("Call911 now.")]
    [InlineData("Call 911x now.")]
    [InlineData("Call x911 now.")]
    [InlineData("Call \u0669911 now.")]
    [InlineData("911")]
    public void MedicalDisclaimer_EmergencyStatementWithoutTheNumberAsAToken_ThrowsNamingIt(string statement)
        => Assert.Equal("emergencyStatement", Assert.ThrowsAny<ArgumentException>(() => new MedicalDisclaimer(MedicalDisclaimer.StandardEducationalStatement, statement, MedicalDisclaimer.StandardNoRelationshipStatement, EmergencyNumber.UnitedStates)).ParamName);

    [Theory]
    [InlineData("Call 911.")]
    [InlineData("Call (911) now.")]
    [InlineData("In an emergency: 911!")]
    [InlineData("緊急時は911に電話してください。")]
    public void MedicalDisclaimer_EmergencyStatementNamingTheNumber_IsAccepted(string statement)
        => Assert.Equal(statement, new MedicalDisclaimer(MedicalDisclaimer.StandardEducationalStatement, statement, MedicalDisclaimer.StandardNoRelationshipStatement, EmergencyNumber.UnitedStates).EmergencyStatement);
}
