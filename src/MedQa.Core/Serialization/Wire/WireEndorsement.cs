namespace MedQa.Serialization;

/// <summary>The wire shape of an <see cref="Endorsement"/> (version 2).</summary>
internal sealed class WireEndorsement
{
    public string? PhysicianId { get; set; }

    public DateTimeOffset? EndorsedAt { get; set; }
}
