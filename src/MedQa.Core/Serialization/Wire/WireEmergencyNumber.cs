namespace MedQa.Serialization;

/// <summary>The wire shape of an <see cref="MedQa.EmergencyNumber"/>.</summary>
internal sealed class WireEmergencyNumber
{
    public string? RegionCode { get; set; }

    public string? Number { get; set; }
}
