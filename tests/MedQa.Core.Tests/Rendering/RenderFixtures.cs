using System.Text.RegularExpressions;

namespace MedQa.Tests.Rendering;

/// <summary>Threads for the rendering tests: one whose every text field is an attack, and its benign twin.</summary>
internal static partial class RenderFixtures
{
    /// <summary>Markup, attribute, script, URL and comment injections, with the characters HTML cares about.</summary>
    /// <summary>The fixture's reference URL: a query with '&amp;' and an escaped '&lt;', as attribute encoding must keep it.</summary>
    internal const string ReferenceUrl = "https://example.com/ref?a=1&b=%3Cx%3E";

    internal const string Attack = "</p><script>alert('x')</script>\"><img src=x onerror=alert(1)><a href=\"javascript:alert(2)\">&amp;<!--";

    internal static QaThread Thread(Func<string, string> text, string? bodySuffix = null) => new(
        new Question("q-1", text("Title"), body: text("Question body") + bodySuffix, topic: text("Topic"), askedAt: new DateTimeOffset(2024, 5, 1, 9, 30, 0, TimeSpan.FromHours(-4))),
        [
            new Answer(
                "a-1",
                text("First body") + "\n\n" + text("Second paragraph"),
                headline: text("Headline"),
                author: new Physician(
                    "p-1",
                    name: text("Name"),
                    credentials: [Credential.MD, new Credential("FACS", CredentialKind.Fellowship)],
                    specialty: text("Specialty"),
                    city: text("City"),
                    boardCertifications:
                    [
                        new BoardCertification(CertifyingBoard.FromName("American Board of Surgery"), text("Surgery")),
                        new BoardCertification(CertifyingBoard.FromName(text("Board"))),
                    ],
                    rating: new StarRating(4.5m, 10)),
                postedAt: new DateTimeOffset(2024, 5, 2, 10, 0, 0, TimeSpan.Zero),
                votes: new VoteTally(3, 1),
                lastEditedAt: new DateTimeOffset(2024, 5, 3, 18, 45, 0, TimeSpan.FromHours(2)),
                disclosure: Disclosure.Of(text("Disclosure")),
                references: [new Reference(text("Reference"), new Uri(ReferenceUrl))],
                endorsements: [new Endorsement("p-2"), new Endorsement("p-3")]),
            new Answer("a-2", text("Other body"), author: new Physician("p-2", specialty: text("Surgeon"), city: text("Naples")), disclosure: Disclosure.None),
            new Answer("a-3", text("Hidden body"), status: AnswerStatus.Hidden, hiddenReason: text("Hidden reason")),
        ],
        new MedicalDisclaimer(text("Educational"), text("Emergency") + " Call 911.", text("No relationship"), EmergencyNumber.UnitedStates),
        lastReviewed: new DateOnly(2024, 6, 1),
        reviewedBy: new Physician("p-3", name: text("Reviewer"), credentials: [Credential.MD], specialty: text("Reviewer specialty")));

    internal static QaThread Benign() => Thread(field => field);

    internal static QaThread Hostile() => Thread(field => field + Attack);

    /// <summary>Every tag in the markup, in order: text from data must never add, remove or change one.</summary>
    internal static IReadOnlyList<string> Tags(string html) => TagPattern().Matches(html).Select(match => match.Value).ToArray();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex TagPattern();
}
