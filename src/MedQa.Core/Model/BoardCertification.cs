namespace MedQa;

/// <summary>
/// A physician's certification by a <see cref="CertifyingBoard"/>, optionally in a named specialty, with when the site
/// verified it and, for a time-limited certificate, until when it is valid.
/// </summary>
/// <remarks>
/// Many boards issue time-limited certificates, kept by continuing certification, so a certification shown as verified
/// is only so at an instant: <see cref="IsValidAt"/>.
/// Instances are immutable, validated at construction, and compare by value.
/// </remarks>
public sealed record BoardCertification
{
    /// <summary>Creates a certification.</summary>
    /// <param name="board">The certifying board.</param>
    /// <param name="specialty">The certified specialty or subspecialty, such as "Dermatology"; optional.</param>
    /// <param name="verifiedAt">When the site last checked the certification with the board; null when it has not been verified.</param>
    /// <param name="validUntil">When a time-limited certificate lapses; null for one without an end date. After <paramref name="verifiedAt"/> when both are given.</param>
    /// <exception cref="ArgumentNullException"><paramref name="board"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="specialty"/> is blank or longer than 200 characters, or <paramref name="validUntil"/> is not after <paramref name="verifiedAt"/> (the exception names it).</exception>
    public BoardCertification(CertifyingBoard board, string? specialty = null, DateTimeOffset? verifiedAt = null, DateTimeOffset? validUntil = null)
    {
        Board = Guard.NotNull(board, "certifying board");
        Specialty = Guard.OptionalText(specialty, "certified specialty");
        if (verifiedAt >= validUntil)
        {
            throw Guard.Invalid(
                $"Certification end must be after its verification; got end {Guard.Instant(validUntil.GetValueOrDefault())} and verification {Guard.Instant(verifiedAt.GetValueOrDefault())}.",
                nameof(validUntil));
        }

        VerifiedAt = verifiedAt;
        ValidUntil = validUntil;
    }

    /// <summary>The certifying board.</summary>
    public CertifyingBoard Board { get; }

    /// <summary>The certified specialty, when stated.</summary>
    public string? Specialty { get; }

    /// <summary>When the site last checked the certification with the board; null when it has not been verified.</summary>
    public DateTimeOffset? VerifiedAt { get; }

    /// <summary>When a time-limited certificate lapses (it is valid strictly before); null when it has no end date.</summary>
    public DateTimeOffset? ValidUntil { get; }

    /// <summary>
    /// Whether the certification is verified at <paramref name="instant"/>: it was verified at or before the instant and,
    /// when it has an end date, the instant is before <see cref="ValidUntil"/>.
    /// </summary>
    /// <param name="instant">The instant to judge, such as <c>timeProvider.GetUtcNow()</c>.</param>
    /// <returns><see langword="true"/> when <c>VerifiedAt ≤ instant</c> and (no <see cref="ValidUntil"/> or <c>instant &lt; ValidUntil</c>).</returns>
    public bool IsValidAt(DateTimeOffset instant)
        => VerifiedAt <= instant && (ValidUntil is not { } until || instant < until);

    /// <summary>"Board certified by {board}", with the specialty when stated.</summary>
    /// <returns>Such as "Board certified in Dermatology by the American Board of Dermatology".</returns>
    public override string ToString()
        => Specialty is null ? $"Board certified by the {Board.Name}" : $"Board certified in {Specialty} by the {Board.Name}";
}
