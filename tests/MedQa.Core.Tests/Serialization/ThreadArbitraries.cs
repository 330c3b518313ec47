using FsCheck;
using FsCheck.Fluent;

namespace MedQa.Tests.Serialization;

/// <summary>Generators of whole valid threads, every optional field sometimes present, for the wire-format properties.</summary>
public static class ThreadArbitraries
{
    private static readonly string[] Pieces =
    [
        "a", "Z", "9", " ", "  ", "\n", "\n\n", "\r\n", "\t", "<", ">", "&", "\"", "'", "\\", "/", "+", "é", "–", "中", "😀", "\u2028", "</script>", "<!--",
    ];

    private static Gen<T?> Maybe<T>(Gen<T> gen)
        where T : class
        => Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(value => (T?)value)));

    private static Gen<T?> MaybeValue<T>(Gen<T> gen)
        where T : struct
        => Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(value => (T?)value)));

    /// <summary>Non-blank text: a letter, then any of the pieces.</summary>
    public static Gen<string> Text { get; } =
        Gen.Elements(Pieces).ListOf().Select(parts => "x" + string.Concat(parts.Take(20)));

    public static Gen<string> Id { get; } =
        Gen.Elements("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.".ToCharArray())
            .NonEmptyListOf()
            .Select(chars => new string(chars.Take(12).ToArray()));

    public static Gen<DateTimeOffset> Instant { get; } =
        from ticks in Gen.Choose(0, int.MaxValue).Select(value => value * 1_000_003L)
        from seconds in Gen.Choose(0, 3_000_000)
        from offsetMinutes in Gen.Choose(-12 * 4, 14 * 4).Select(quarter => quarter * 15)
        select new DateTimeOffset(new DateTime(2000, 1, 1).AddSeconds(seconds).AddTicks(ticks % TimeSpan.TicksPerSecond), TimeSpan.FromMinutes(offsetMinutes));

    public static Gen<Npi> NpiGen { get; } =
        from first in Gen.Elements('1', '2')
        from rest in Gen.Choose(0, 99_999_999)
        let nine = first + rest.ToString("D8", System.Globalization.CultureInfo.InvariantCulture)
        select Npi.Parse(nine + Npi.CheckDigit(nine));

    public static Gen<StarRating> RatingGen { get; } =
        from best in Gen.Elements(5m, 10m, 4.5m, 100m)
        from hundredths in Gen.Choose(0, 10_000)
        from reviews in Gen.Choose(0, 100_000)
        select new StarRating(Math.Min(best, hundredths / 100m), reviews, best);

    public static Gen<Credential[]> Credentials { get; } =
        Gen.SubListOf(Credential.Known.Values.Append(new Credential("FAAO", CredentialKind.Fellowship)).Append(new Credential("MSc", CredentialKind.Degree)).ToArray())
            .Select(list => list.ToArray());

    /// <summary>Absolute http(s) URLs, some with a query, a fragment, percent-escapes or non-ASCII characters.</summary>
    public static Gen<Uri> UrlGen { get; } =
        from scheme in Gen.Elements("https", "http", "HTTPS")
        from host in Gen.Elements("www.nhs.uk", "example.com", "EXAMPLE.org:8443", "exämple.com", "[::1]")
        from path in Gen.Elements("", "/", "/medicines/botox/", "/a%20b", "/über", "/q?x=1&y=%3C")
        from fragment in Gen.Elements("", "#section-2")
        select new Uri($"{scheme}://{host}{path}{fragment}");

    public static Gen<BoardCertification[]> Boards { get; } =
        from boards in Gen.SubListOf(new[]
            {
                new BoardCertification(CertifyingBoard.AbmsMemberBoards[3], "Dermatology"),
                new BoardCertification(CertifyingBoard.AbmsMemberBoards[17]),
                new BoardCertification(CertifyingBoard.FromName("American Board of Venous and Lymphatic Medicine")),
            })
        from verifiedAt in MaybeValue(Instant)
        from validFor in MaybeValue(Gen.Choose(1, 300_000_000).Select(seconds => TimeSpan.FromSeconds(seconds)))
        select boards.Select(board => new BoardCertification(board.Board, board.Specialty, verifiedAt, (verifiedAt ?? Instant0) + validFor)).ToArray();

    private static readonly DateTimeOffset Instant0 = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Licences in every status, verified or not, expiring from a second to about nine years after verification.</summary>
    public static Gen<MedicalLicence> LicenceGen { get; } =
        from number in Id
        from jurisdiction in Text
        from status in Gen.Elements(Enum.GetValues<LicenceStatus>())
        from verifiedAt in MaybeValue(Instant)
        from lifetime in Gen.Choose(1, 300_000_000).Select(seconds => TimeSpan.FromSeconds(seconds))
        select new MedicalLicence("A" + number, jurisdiction, status, verifiedAt, (verifiedAt ?? Instant0) + lifetime);

    private static Gen<MedicalLicence[]> Licences { get; } =
        LicenceGen.ListOf().Select(list => list.DistinctBy(licence => (licence.Jurisdiction.ToUpperInvariant(), licence.Number.ToUpperInvariant())).Take(3).ToArray());

    public static Gen<Physician> PhysicianGen { get; } =
        from id in Id
        from name in Maybe(Text)
        from credentials in Credentials
        from specialty in Maybe(Text)
        from city in Maybe(Text)
        from region in Maybe(Text)
        from boards in Boards
        from npi in MaybeValue(NpiGen)
        from rating in MaybeValue(RatingGen)
        from licences in Licences
        from profileUrl in Maybe(UrlGen)
        select new Physician(id, name, credentials, specialty, city, region, boards, npi, rating, licences, profileUrl);

    public static Gen<Disclosure> DisclosureGen { get; } =
        Gen.Frequency((1, Gen.Constant(Disclosure.None)), (2, Text.Select(Disclosure.Of)));

    public static Gen<Reference> ReferenceGen { get; } =
        from title in Text
        from url in UrlGen
        select new Reference(title, url);

    public static Gen<Endorsement> EndorsementGen { get; } =
        from physicianId in Id
        from endorsedAt in MaybeValue(Instant)
        select new Endorsement(physicianId, endorsedAt);

    public static Gen<(AnswerStatus Status, string? HiddenReason)> StatusGen { get; } = Gen.Frequency(
        (4, Gen.Constant((AnswerStatus.Published, (string?)null))),
        (1, Gen.Elements(AnswerStatus.Draft, AnswerStatus.PendingReview, AnswerStatus.Removed).Select(status => (status, (string?)null))),
        (1, Text.Select(reason => (AnswerStatus.Hidden, (string?)reason))));

    public static Gen<Answer> AnswerGen { get; } =
        from id in Id
        from body in Text
        from headline in Maybe(Text)
        from author in Maybe(PhysicianGen)
        from postedAt in MaybeValue(Instant)
        from votes in ModelArbitraries.Tally
        from editedAfter in MaybeValue(Gen.Choose(0, 10_000_000).Select(seconds => TimeSpan.FromSeconds(seconds)))
        from status in StatusGen
        from disclosure in Maybe(DisclosureGen)
        from references in ReferenceGen.ListOf()
        from endorsements in EndorsementGen.ListOf()
        from helpedAsker in Gen.Elements(true, false)
        select new Answer(
            id, body, headline, author, postedAt, votes,
            postedAt is { } posted && editedAfter is { } after ? posted + after : null,
            status.Status, status.HiddenReason, disclosure,
            references.DistinctBy(reference => reference).Take(5),
            endorsements.Where(endorsement => endorsement.PhysicianId != author?.Id).DistinctBy(endorsement => endorsement.PhysicianId).Take(5),
            helpedAsker);

    public static Gen<MedicalDisclaimer> DisclaimerGen { get; } = Gen.Frequency(
        (3, Gen.Elements(EmergencyNumber.Known.Keys.ToArray()).Select(MedicalDisclaimer.ForRegion)),
        (1, from educational in Text
            from noRelationship in Text
            select new MedicalDisclaimer("Educational " + educational, "Call 000 <now>.", "No relationship " + noRelationship, EmergencyNumber.ForRegion("AU"))));

    public static Gen<QaThread> ThreadGen { get; } =
        from id in Id
        from title in Text
        from body in Maybe(Text)
        from topic in Maybe(Text)
        from askedAt in MaybeValue(Instant)
        from answers in AnswerGen.ListOf()
        from disclaimer in DisclaimerGen
        from lastReviewed in MaybeValue(Gen.Choose(0, 20_000).Select(day => DateOnly.FromDayNumber(730_000 + day)))
        from reviewedBy in Maybe(PhysicianGen)
        select new QaThread(
            new Question(id, title, body, topic, askedAt),
            answers.DistinctBy(answer => answer.Id).Take(8),
            disclaimer,
            lastReviewed,
            reviewedBy);

    public static Arbitrary<QaThread> Threads() => ThreadGen.ToArbitrary();
}
