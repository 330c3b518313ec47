using System.Globalization;

namespace MedQa;

/// <summary>
/// A licence to practise medicine, as the site verified it with the issuing board: its number, the issuing
/// jurisdiction, its status, when the site verified it and when it expires.
/// </summary>
/// <remarks>
/// A licence always has an expiry (US state licences are renewed every one to three years), so a "verified" badge is
/// only true at an instant: <see cref="IsValidAt"/> checks the status, the verification and the expiry against the
/// caller's clock. Instances are immutable, validated at construction, and compare by value.
/// </remarks>
public sealed record MedicalLicence
{
    /// <summary>The longest licence number accepted: 64 characters (boards' numbers are a dozen or so, such as "A123456" or "ME 98765").</summary>
    public const int MaxNumberLength = 64;

    /// <summary>Creates a licence.</summary>
    /// <param name="number">The licence number as the board issues it, such as "A123456"; non-blank, at most <see cref="MaxNumberLength"/> characters.</param>
    /// <param name="jurisdiction">The issuing jurisdiction or board, such as "Medical Board of California" or "FL"; non-blank, at most 200 characters.</param>
    /// <param name="status">The licence's standing with the board.</param>
    /// <param name="verifiedAt">When the site last checked the licence with the board; null when it has not been verified (then it never verifies its physician).</param>
    /// <param name="expiresAt">When the licence expires: required, and after <paramref name="verifiedAt"/> when that is given.</param>
    /// <exception cref="ArgumentNullException"><paramref name="number"/> or <paramref name="jurisdiction"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is blank or too long, <paramref name="expiresAt"/> is the default (uncreated) value, or it is not after <paramref name="verifiedAt"/> (the exception names the field).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined <see cref="LicenceStatus"/>.</exception>
    public MedicalLicence(string number, string jurisdiction, LicenceStatus status, DateTimeOffset? verifiedAt, DateTimeOffset expiresAt)
    {
        Number = Guard.NotBlank(number, "licence number", MaxNumberLength);
        Jurisdiction = Guard.NotBlank(jurisdiction, "licence jurisdiction", Guard.MaxLineLength);
        Status = Guard.Defined(status, "licence status");
        if (expiresAt == default)
        {
            throw Guard.Invalid("Licence expiry is required (a licence always expires); got the default (uncreated) value 0001-01-01.", nameof(expiresAt));
        }

        // A licence that expired before (or as) it was verified was never valid while verified: such data is a bug.
        if (verifiedAt >= expiresAt)
        {
            throw Guard.Invalid(
                $"Licence expiry must be after its verification; got expiry {Guard.Instant(expiresAt)} and verification {Guard.Instant(verifiedAt.GetValueOrDefault())}.",
                nameof(expiresAt));
        }

        VerifiedAt = verifiedAt;
        ExpiresAt = expiresAt;
    }

    /// <summary>The licence number as the board issues it.</summary>
    public string Number { get; }

    /// <summary>The issuing jurisdiction or board, such as "Medical Board of California".</summary>
    public string Jurisdiction { get; }

    /// <summary>The licence's standing with the board.</summary>
    public LicenceStatus Status { get; }

    /// <summary>When the site last checked the licence with the board; null when it has not been verified.</summary>
    public DateTimeOffset? VerifiedAt { get; }

    /// <summary>When the licence expires; it is valid strictly before this instant.</summary>
    public DateTimeOffset ExpiresAt { get; }

    /// <summary>
    /// Whether the licence verifies its holder at <paramref name="instant"/>: it is <see cref="LicenceStatus.Active"/>,
    /// was verified at or before the instant, and the instant is before <see cref="ExpiresAt"/>.
    /// </summary>
    /// <param name="instant">The instant to judge, such as <c>timeProvider.GetUtcNow()</c>.</param>
    /// <returns><see langword="true"/> when <c>Status == Active</c> and <c>VerifiedAt ≤ instant &lt; ExpiresAt</c>.</returns>
    public bool IsValidAt(DateTimeOffset instant)
        => Status == LicenceStatus.Active && VerifiedAt <= instant && instant < ExpiresAt;

    /// <summary>The licence as one line, such as "Licence A123456 (Medical Board of California, Active, expires 2027-01-31)".</summary>
    /// <returns>The line.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"Licence {Number} ({Jurisdiction}, {Status}, expires {ExpiresAt:yyyy-MM-dd})");
}
