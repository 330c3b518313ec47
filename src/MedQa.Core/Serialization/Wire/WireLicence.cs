namespace MedQa.Serialization;

/// <summary>The wire shape of a <see cref="MedicalLicence"/> (version 2): the status as a camelCase name (<see cref="WireNames"/>).</summary>
internal sealed class WireLicence
{
    public string? Number { get; set; }

    public string? Jurisdiction { get; set; }

    public string? Status { get; set; }

    public DateTimeOffset? VerifiedAt { get; set; }

    /// <summary>Required: a licence always expires.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }
}
