using System.Collections.Immutable;

namespace MedQa.EntityFrameworkCore;

/// <summary>
/// A physician as a row: <see cref="Npi"/> and <see cref="Credentials"/> go through MedQa's value converters,
/// board certifications and licences are owned rows.
/// </summary>
public sealed class PhysicianRecord
{
    /// <summary>The physician's id (the profile's slug).</summary>
    public string Id { get; set; } = "";

    /// <summary>The name, if shown.</summary>
    public string? Name { get; set; }

    /// <summary>Degrees and fellowships, in order.</summary>
    public ImmutableArray<Credential> Credentials { get; set; } = [];

    /// <summary>The specialty.</summary>
    public string? Specialty { get; set; }

    /// <summary>The practice's city.</summary>
    public string? City { get; set; }

    /// <summary>The practice's region.</summary>
    public string? Region { get; set; }

    /// <summary>The National Provider Identifier.</summary>
    public Npi? Npi { get; set; }

    /// <summary>The star rating's value.</summary>
    public decimal? RatingValue { get; set; }

    /// <summary>The star rating's review count.</summary>
    public long? RatingReviewCount { get; set; }

    /// <summary>The star rating's best value.</summary>
    public decimal? RatingBestValue { get; set; }

    /// <summary>Board certifications, in order.</summary>
    public List<BoardCertificationRecord> BoardCertifications { get; set; } = [];

    /// <summary>Medical licences, in order.</summary>
    public List<LicenceRecord> Licences { get; set; } = [];

    /// <summary>The physician's profile page (absolute http or https), if any.</summary>
    public string? ProfileUrl { get; set; }

    /// <summary>The row for a physician.</summary>
    /// <param name="physician">The physician.</param>
    /// <returns>A new, detached row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="physician"/> is null.</exception>
    public static PhysicianRecord From(Physician physician)
    {
        ArgumentNullException.ThrowIfNull(physician);
        return new PhysicianRecord
        {
            Id = physician.Id,
            Name = physician.Name,
            Credentials = physician.Credentials,
            Specialty = physician.Specialty,
            City = physician.City,
            Region = physician.Region,
            Npi = physician.Npi,
            RatingValue = physician.Rating?.Value,
            RatingReviewCount = physician.Rating?.ReviewCount,
            RatingBestValue = physician.Rating?.BestValue,
            BoardCertifications = [.. physician.BoardCertifications.Select(BoardCertificationRecord.From)],
            Licences = [.. physician.Licences.Select(LicenceRecord.From)],
            ProfileUrl = physician.ProfileUrl?.OriginalString,
        };
    }

    /// <summary>The physician this row holds.</summary>
    /// <returns>The physician, validated again by its constructor.</returns>
    /// <exception cref="ArgumentException">The row holds a value MedQa rejects.</exception>
    public Physician ToPhysician() => new(
        Id,
        Name,
        Credentials.IsDefault ? null : Credentials,
        Specialty,
        City,
        Region,
        BoardCertifications.Select(certification => certification.ToBoardCertification()),
        Npi,
        RatingValue is { } value && RatingReviewCount is { } count ? new StarRating(value, count, RatingBestValue ?? StarRating.FiveStars) : null,
        Licences.Select(licence => licence.ToLicence()),
        ProfileUrl is null ? null : new Uri(ProfileUrl, UriKind.RelativeOrAbsolute));
}
