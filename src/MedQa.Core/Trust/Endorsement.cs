namespace MedQa;

/// <summary>
/// Another physician's agreement with an answer (HealthTap's "N doctors agree"). An answer holds at most one per
/// physician, and never one by its author.
/// </summary>
/// <remarks>Instances are immutable, validated at construction, and compare by value.</remarks>
public sealed record Endorsement
{
    /// <summary>Creates an endorsement.</summary>
    /// <param name="physicianId">The <see cref="Physician.Id"/> of the physician who agrees.</param>
    /// <param name="endorsedAt">When they agreed, when known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="physicianId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="physicianId"/> is malformed.</exception>
    public Endorsement(string physicianId, DateTimeOffset? endorsedAt = null)
    {
        PhysicianId = Guard.Identifier(physicianId);
        EndorsedAt = endorsedAt;
    }

    /// <summary>The physician who agrees.</summary>
    public string PhysicianId { get; }

    /// <summary>When they agreed, when known.</summary>
    public DateTimeOffset? EndorsedAt { get; }
}
