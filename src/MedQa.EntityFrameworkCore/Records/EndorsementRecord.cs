namespace MedQa.EntityFrameworkCore;

/// <summary>Another physician's agreement with an answer (MedQa's <see cref="Endorsement"/>) as an owned row.</summary>
public sealed class EndorsementRecord
{
    /// <summary>The physician who agrees.</summary>
    public string PhysicianId { get; set; } = "";

    /// <summary>When they agreed (UTC), if known.</summary>
    public DateTimeOffset? EndorsedAt { get; set; }

    /// <summary>The row for an endorsement.</summary>
    /// <param name="endorsement">The endorsement.</param>
    /// <returns>A new value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="endorsement"/> is null.</exception>
    public static EndorsementRecord From(Endorsement endorsement)
    {
        ArgumentNullException.ThrowIfNull(endorsement);
        return new EndorsementRecord { PhysicianId = endorsement.PhysicianId, EndorsedAt = endorsement.EndorsedAt?.ToUniversalTime() };
    }

    /// <summary>The endorsement this row holds, validated again by <see cref="Endorsement"/>'s constructor.</summary>
    /// <returns>The endorsement.</returns>
    /// <exception cref="ArgumentException">The physician id is malformed.</exception>
    public Endorsement ToEndorsement() => new(PhysicianId, EndorsedAt);
}
