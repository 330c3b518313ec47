namespace MedQa.Serialization;

/// <summary>The wire shape of a <see cref="MedicalDisclaimer"/>.</summary>
internal sealed class WireDisclaimer
{
    public string? EducationalStatement { get; set; }

    public string? EmergencyStatement { get; set; }

    public string? NoRelationshipStatement { get; set; }

    public WireEmergencyNumber? EmergencyNumber { get; set; }
}
