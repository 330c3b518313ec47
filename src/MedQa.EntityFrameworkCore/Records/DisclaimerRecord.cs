namespace MedQa.EntityFrameworkCore;

/// <summary>A <see cref="MedicalDisclaimer"/> as columns of its thread's row (an EF Core owned type).</summary>
public sealed class DisclaimerRecord
{
    /// <summary>The educational-purposes statement.</summary>
    public string EducationalStatement { get; set; } = MedicalDisclaimer.StandardEducationalStatement;

    /// <summary>The emergency statement.</summary>
    public string EmergencyStatement { get; set; } = MedicalDisclaimer.Standard.EmergencyStatement;

    /// <summary>The no-relationship statement.</summary>
    public string NoRelationshipStatement { get; set; } = MedicalDisclaimer.StandardNoRelationshipStatement;

    /// <summary>The emergency number's region code, such as "US".</summary>
    public string EmergencyRegion { get; set; } = MedQa.EmergencyNumber.UnitedStates.RegionCode;

    /// <summary>The emergency number, such as "911".</summary>
    public string EmergencyNumber { get; set; } = MedQa.EmergencyNumber.UnitedStates.Number;

    /// <summary>The columns for a disclaimer.</summary>
    /// <param name="disclaimer">The disclaimer.</param>
    /// <returns>A new value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="disclaimer"/> is null.</exception>
    public static DisclaimerRecord From(MedicalDisclaimer disclaimer)
    {
        ArgumentNullException.ThrowIfNull(disclaimer);
        return new DisclaimerRecord
        {
            EducationalStatement = disclaimer.EducationalStatement,
            EmergencyStatement = disclaimer.EmergencyStatement,
            NoRelationshipStatement = disclaimer.NoRelationshipStatement,
            EmergencyRegion = disclaimer.EmergencyNumber.RegionCode,
            EmergencyNumber = disclaimer.EmergencyNumber.Number,
        };
    }

    /// <summary>The disclaimer these columns hold, validated again by its constructor.</summary>
    /// <returns>The disclaimer.</returns>
    /// <exception cref="ArgumentException">A column holds a value MedQa rejects.</exception>
    public MedicalDisclaimer ToDisclaimer() => new(
        EducationalStatement,
        EmergencyStatement,
        NoRelationshipStatement,
        new MedQa.EmergencyNumber(EmergencyRegion, EmergencyNumber));
}
