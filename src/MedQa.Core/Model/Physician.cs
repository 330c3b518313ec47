using System.Collections.Immutable;

namespace MedQa;

/// <summary>
/// The physician who wrote an answer, as the page presents them: an optional name with post-nominal
/// credentials, a specialty, a practice city, board certifications, an optional NPI and rating, medical licences
/// (which make the physician verified while one is active and unexpired) and a profile URL.
/// </summary>
/// <remarks>
/// A name is optional because sites show some authors only by city and specialty ("Naples General Surgeon").
/// "Verified" is only true at an instant (<see cref="IsVerifiedAt(TimeProvider)"/>): licences expire. Instances are immutable and compare by value, lists included.
/// </remarks>
public sealed record Physician
{
    /// <summary>The most credentials a physician may list: 20 (real post-nominal lists hold a handful).</summary>
    public const int MaxCredentials = 20;

    /// <summary>The most board certifications a physician may list: 50 (there are 24 ABMS member boards, a few dozen subspecialties a physician could hold at once).</summary>
    public const int MaxBoardCertifications = 50;

    /// <summary>The most medical licences a physician may list: 100 (there are about 70 US medical and osteopathic boards; telemedicine physicians hold dozens of licences).</summary>
    public const int MaxLicences = 100;

    /// <summary>Creates a physician.</summary>
    /// <param name="id">A stable identifier, such as the profile's slug: 1 to 128 ASCII letters, digits, '-', '_' or '.'.</param>
    /// <param name="name">The personal name without title or credentials, such as "Mitchel P. Goldman"; null when not shown.</param>
    /// <param name="credentials">Post-nominal degrees and fellowships in display order, such as MD; no duplicates, at most <see cref="MaxCredentials"/>.</param>
    /// <param name="specialty">The specialty as the site words it, such as "Dermatologic Surgeon"; optional.</param>
    /// <param name="city">The practice city, such as "San Diego"; optional.</param>
    /// <param name="region">The practice region or state, such as "CA"; optional, not part of the display line.</param>
    /// <param name="boardCertifications">Board certifications; no duplicates, at most <see cref="MaxBoardCertifications"/>.</param>
    /// <param name="npi">The US National Provider Identifier; optional.</param>
    /// <param name="rating">The aggregate star rating; optional.</param>
    /// <param name="licences">Medical licences; at most <see cref="MaxLicences"/>, no two with the same jurisdiction and number (ignoring case).</param>
    /// <param name="profileUrl">The physician's profile page, an absolute http or https URL of at most 2,000 characters; optional. JSON-LD writes it as the author's <c>url</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null, or a list contains null.</exception>
    /// <exception cref="ArgumentException">A field is malformed, blank or too long, the profile URL is not absolute http(s), or a list holds a duplicate or a default credential or more items than its maximum (the exception names the field).</exception>
    public Physician(
        string id,
        string? name = null,
        IEnumerable<Credential>? credentials = null,
        string? specialty = null,
        string? city = null,
        string? region = null,
        IEnumerable<BoardCertification>? boardCertifications = null,
        Npi? npi = null,
        StarRating? rating = null,
        IEnumerable<MedicalLicence>? licences = null,
        Uri? profileUrl = null)
    {
        Id = Guard.Identifier(id, "physician id");
        Name = Guard.OptionalText(name, "physician name");
        Credentials = Guard.DistinctItems(credentials, static c => c.Abbreviation is not null, MaxCredentials, "credentials");
        Specialty = Guard.OptionalText(specialty, "specialty");
        City = Guard.OptionalText(city, "city");
        Region = Guard.OptionalText(region, "region");
        BoardCertifications = Guard.DistinctItems(boardCertifications, static b => b is not null, MaxBoardCertifications, "board certifications");
        if (npi is { Value: null })
        {
            throw Guard.Invalid("NPI must come from Npi.Parse or Npi.TryParse; got the default (uncreated) value.", nameof(npi));
        }

        Npi = npi;
        if (rating is { BestValue: 0 })
        {
            throw Guard.Invalid("Rating must come from a StarRating constructor, such as new StarRating(4.9, 26); got the default (uncreated) value.", nameof(rating));
        }

        Rating = rating;
        Licences = Guard.DistinctItems(licences, static licence => licence is not null, MaxLicences, "licences");
        EnsureDistinctLicences(Licences);
        ProfileUrl = profileUrl is null ? null : Guard.HttpUrl(profileUrl, "profile URL", "https://example.com/doctors/jane-roe");
    }

    /// <summary>A stable identifier, such as the profile's slug.</summary>
    public string Id { get; }

    /// <summary>The personal name without credentials, or null when the site shows none.</summary>
    public string? Name { get; }

    /// <summary>Post-nominal degrees and fellowships in display order.</summary>
    public ImmutableArray<Credential> Credentials { get; }

    /// <summary>The specialty as the site words it, such as "Plastic Surgeon".</summary>
    public string? Specialty { get; }

    /// <summary>The practice city.</summary>
    public string? City { get; }

    /// <summary>The practice region or state.</summary>
    public string? Region { get; }

    /// <summary>Board certifications.</summary>
    public ImmutableArray<BoardCertification> BoardCertifications { get; }

    /// <summary>The US National Provider Identifier, when known.</summary>
    public Npi? Npi { get; }

    /// <summary>The aggregate star rating, when the site shows one.</summary>
    public StarRating? Rating { get; }

    /// <summary>Medical licences, in the order given.</summary>
    public ImmutableArray<MedicalLicence> Licences { get; }

    /// <summary>The physician's profile page (absolute http or https), when the site has one.</summary>
    public Uri? ProfileUrl { get; }

    /// <summary>
    /// Whether the physician is verified at the clock's current instant: some licence is
    /// <see cref="LicenceStatus.Active"/>, verified at or before now and not yet expired
    /// (<see cref="MedicalLicence.IsValidAt"/>).
    /// </summary>
    /// <param name="clock">The clock, such as <see cref="TimeProvider.System"/> or a test's fake.</param>
    /// <returns><see langword="true"/> while some licence is valid at <c>clock.GetUtcNow()</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public bool IsVerifiedAt(TimeProvider clock) => IsVerifiedAt(Guard.NotNull(clock, "clock").GetUtcNow());

    /// <summary>Whether the physician is verified at <paramref name="instant"/>: some licence is valid then (<see cref="MedicalLicence.IsValidAt"/>).</summary>
    /// <param name="instant">The instant to judge.</param>
    /// <returns><see langword="true"/> when some licence is active, verified at or before the instant and expires after it.</returns>
    public bool IsVerifiedAt(DateTimeOffset instant)
    {
        foreach (var licence in Licences)
        {
            if (licence.IsValidAt(instant))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The name line of the seed page, such as "Mitchel P. Goldman, MD"; null when no name is shown.</summary>
    public string? DisplayName => Name is null
        ? null
        : Credentials.IsEmpty ? Name : $"{Name}, {string.Join(", ", Credentials)}";

    /// <summary>The practice line of the seed page, such as "San Diego Dermatologic Surgeon"; null when neither is known.</summary>
    public string? PracticeLine => (City, Specialty) switch
    {
        (null, null) => null,
        (null, var specialty) => specialty,
        (var city, null) => city,
        var (city, specialty) => $"{city} {specialty}",
    };

    /// <summary>The seed page's rating line, such as "4.9 out of 5 stars 26 reviews"; null without a rating.</summary>
    public string? RatingLine => Rating?.ToString();

    /// <summary>Value equality, comparing the lists item by item.</summary>
    /// <param name="other">The physician to compare with; null is never equal.</param>
    /// <returns><see langword="true"/> when every field is equal, the lists item by item.</returns>
    public bool Equals(Physician? other)
        => other is not null
            && Id == other.Id
            && Name == other.Name
            && Credentials.SequenceEqual(other.Credentials)
            && Specialty == other.Specialty
            && City == other.City
            && Region == other.Region
            && BoardCertifications.SequenceEqual(other.BoardCertifications)
            && Npi == other.Npi
            && Rating == other.Rating
            && Licences.SequenceEqual(other.Licences)
            && ProfileUrl == other.ProfileUrl;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Name, Specialty, City, Credentials.Length, Rating, Licences.Length, ProfileUrl);

    // The same licence listed twice with different statuses or dates would make "verified" depend on which copy is
    // read: one licence is one (jurisdiction, number), compared ignoring case as boards' look-ups do.
    private static void EnsureDistinctLicences(ImmutableArray<MedicalLicence> licences)
    {
        var seen = new HashSet<(string Jurisdiction, string Number)>(licences.Length);
        for (var i = 0; i < licences.Length; i++)
        {
            if (!seen.Add((licences[i].Jurisdiction.ToUpperInvariant(), licences[i].Number.ToUpperInvariant())))
            {
                throw Guard.Invalid(
                    $"Licences must not repeat a jurisdiction and number; {Guard.Echo(licences[i].Jurisdiction + " " + licences[i].Number)} repeats at index {i}.",
                    nameof(licences));
            }
        }
    }
}
