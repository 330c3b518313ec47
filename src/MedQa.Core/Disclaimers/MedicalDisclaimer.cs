using System.Globalization;
using System.Runtime.CompilerServices;

namespace MedQa;

/// <summary>
/// The mandatory medical disclaimer shown with physicians' answers: they are educational and no substitute
/// for the reader's own physician, an emergency calls for the local emergency number, and they create no
/// patient–doctor relationship.
/// </summary>
/// <remarks>
/// A disclaimer always has all three statements; custom wording is allowed, but the emergency statement must
/// name its <see cref="EmergencyNumber"/>. <see cref="Standard"/> is the seed page's text, byte for byte.
/// Instances are immutable and compare by value.
/// </remarks>
public sealed record MedicalDisclaimer
{
    /// <summary>The seed page's first statement: educational purposes, not a substitute for your physician's advice.</summary>
    public const string StandardEducationalStatement =
        "These answers are for educational purposes and should not be relied upon as a substitute for medical advice you may receive from your physician.";

    /// <summary>The seed page's third statement: no patient/doctor relationship.</summary>
    public const string StandardNoRelationshipStatement =
        "These answers do not constitute or initiate a patient/doctor relationship.";

    /// <summary>The longest statement accepted, in characters.</summary>
    public const int MaxStatementLength = 2_000;

    /// <summary>
    /// The fewest visible letters a statement must hold to read as a sentence: 4, as in "Call 911.", so that "." or
    /// "999" cannot stand for a statement.
    /// </summary>
    public const int MinStatementLetters = 4;

    /// <summary>The seed page's disclaimer, with the United States' 911.</summary>
    public static MedicalDisclaimer Standard { get; } = ForEmergencyNumber(EmergencyNumber.UnitedStates);

    /// <summary>Creates a disclaimer with custom wording that keeps all three required statements.</summary>
    /// <param name="educationalStatement">That the answers are educational and no substitute for the reader's physician.</param>
    /// <param name="emergencyStatement">What to do in an emergency; it must contain <paramref name="emergencyNumber"/>'s digits.</param>
    /// <param name="noRelationshipStatement">That the answers create no patient–doctor relationship.</param>
    /// <param name="emergencyNumber">The number the emergency statement names.</param>
    /// <exception cref="ArgumentNullException">A statement is null.</exception>
    /// <exception cref="ArgumentException">
    /// A statement is blank, invisible, longer than <see cref="MaxStatementLength"/> or has fewer than
    /// <see cref="MinStatementLetters"/> letters; or the emergency statement does not name the number as a token of its
    /// own; or the number is the default value.
    /// </exception>
    public MedicalDisclaimer(
        string educationalStatement,
        string emergencyStatement,
        string noRelationshipStatement,
        EmergencyNumber emergencyNumber)
    {
        if (emergencyNumber.Number is null)
        {
            throw Guard.Invalid("Emergency number is required; got the default (uncreated) value: write EmergencyNumber.ForRegion(\"US\") or new EmergencyNumber(regionCode, number).", nameof(emergencyNumber));
        }

        EducationalStatement = Sentence(educationalStatement, "educational statement");
        EmergencyStatement = Sentence(emergencyStatement, "emergency statement");
        NoRelationshipStatement = Sentence(noRelationshipStatement, "no-relationship statement");
        if (!NamesNumber(EmergencyStatement, emergencyNumber.Number))
        {
            throw Guard.Invalid(
                $"Emergency statement must tell the reader to call {emergencyNumber.Number} (the digits standing alone, as in \"call {emergencyNumber.Number}.\"); got {Guard.Echo(EmergencyStatement)}.",
                nameof(emergencyStatement));
        }

        EmergencyNumber = emergencyNumber;
    }

    /// <summary>The statement that the answers are educational and no substitute for the reader's physician's advice.</summary>
    public string EducationalStatement { get; }

    /// <summary>The statement that tells the reader to call <see cref="EmergencyNumber"/> in a medical emergency.</summary>
    public string EmergencyStatement { get; }

    /// <summary>The statement that the answers create no patient–doctor relationship.</summary>
    public string NoRelationshipStatement { get; }

    /// <summary>The emergency number the emergency statement names.</summary>
    public EmergencyNumber EmergencyNumber { get; }

    /// <summary>The three statements, in the order they are shown.</summary>
    public IReadOnlyList<string> Statements => [EducationalStatement, EmergencyStatement, NoRelationshipStatement];

    /// <summary>The whole disclaimer as one paragraph: the three statements separated by single spaces.</summary>
    public string Text => $"{EducationalStatement} {EmergencyStatement} {NoRelationshipStatement}";

    /// <summary>The standard wording with the emergency number of a known region, such as "GB" (999).</summary>
    /// <param name="regionCode">An ISO 3166-1 alpha-2 code in any case, such as "GB", or "EU".</param>
    /// <returns>The standard disclaimer naming that region's emergency number.</returns>
    /// <exception cref="ArgumentException">The region is not in <see cref="EmergencyNumber.Known"/>.</exception>
    public static MedicalDisclaimer ForRegion(string regionCode) => ForEmergencyNumber(EmergencyNumber.ForRegion(regionCode));

    /// <summary>The standard wording with the given emergency number.</summary>
    /// <param name="emergencyNumber">The number the emergency statement tells the reader to call.</param>
    /// <returns>The standard disclaimer naming that number.</returns>
    /// <exception cref="ArgumentException">The number is the default value.</exception>
    public static MedicalDisclaimer ForEmergencyNumber(EmergencyNumber emergencyNumber) => new(
        StandardEducationalStatement,
        $"If you have a medical emergency, please call {emergencyNumber.Number}.",
        StandardNoRelationshipStatement,
        emergencyNumber);

    /// <summary>The whole disclaimer text.</summary>
    /// <returns>The three statements as one paragraph (<see cref="Text"/>).</returns>
    public override string ToString() => Text;

    private static string Sentence(string statement, string label, [CallerArgumentExpression(nameof(statement))] string? field = null)
    {
        Guard.NotBlank(statement, label, MaxStatementLength, field);
        return VisibleText.CountLetters(statement, MinStatementLetters) >= MinStatementLetters
            ? statement
            : throw Guard.Invalid($"{Guard.Capitalized(label)} must read as a sentence, with at least {MinStatementLetters} letters; got {Guard.Echo(statement)}.", field);
    }

    // The number must be a token of its own: "call 911." names 911, but "call 9110", "call 1911" or "call911" does not.
    // Scripts written without spaces (Chinese, Japanese, Thai: letters of category Lo) may touch it: "911に電話".
    private static bool NamesNumber(string statement, string number)
    {
        for (var at = statement.IndexOf(number, StringComparison.Ordinal); at >= 0; at = statement.IndexOf(number, at + 1, StringComparison.Ordinal))
        {
            var end = at + number.Length;
            var joinedBefore = at > 0 && JoinsAWord(statement[at - 1]);
            var joinedAfter = end < statement.Length && JoinsAWord(statement[end]);
            if (!joinedBefore && !joinedAfter)
            {
                return true;
            }
        }

        return false;
    }

    private static bool JoinsAWord(char neighbour)
        => char.IsDigit(neighbour) || (char.IsLetter(neighbour) && char.GetUnicodeCategory(neighbour) != UnicodeCategory.OtherLetter);
}
