namespace MedQa.EntityFrameworkCore;

/// <summary>A physician's medical licence (MedQa's <see cref="MedicalLicence"/>) as an owned row.</summary>
public sealed class LicenceRecord
{
    /// <summary>The licence number as the board issues it.</summary>
    public string Number { get; set; } = "";

    /// <summary>The issuing jurisdiction or board.</summary>
    public string Jurisdiction { get; set; } = "";

    /// <summary>The licence's standing with the board.</summary>
    public LicenceStatus Status { get; set; }

    /// <summary>When the site last checked it with the board (UTC), if it did.</summary>
    public DateTimeOffset? VerifiedAt { get; set; }

    /// <summary>When it expires (UTC).</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>The row for a licence.</summary>
    /// <param name="licence">The licence.</param>
    /// <returns>A new value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="licence"/> is null.</exception>
    public static LicenceRecord From(MedicalLicence licence)
    {
        ArgumentNullException.ThrowIfNull(licence);
        return new LicenceRecord
        {
            Number = licence.Number,
            Jurisdiction = licence.Jurisdiction,
            Status = licence.Status,
            VerifiedAt = licence.VerifiedAt?.ToUniversalTime(),
            ExpiresAt = licence.ExpiresAt.ToUniversalTime(),
        };
    }

    /// <summary>The licence this row holds, validated again by <see cref="MedicalLicence"/>'s constructor.</summary>
    /// <returns>The licence.</returns>
    /// <exception cref="ArgumentException">The row holds a value MedQa rejects (edited outside MedQa).</exception>
    public MedicalLicence ToLicence() => new(Number, Jurisdiction, Status, VerifiedAt, ExpiresAt);
}
