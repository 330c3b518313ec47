namespace MedQa.Serialization;

/// <summary>The wire shape of a <see cref="BoardCertification"/>: the board by its full name.</summary>
internal sealed class WireBoardCertification
{
    public string? Board { get; set; }

    public string? Specialty { get; set; }

    /// <summary>Version 2.</summary>
    public DateTimeOffset? VerifiedAt { get; set; }

    /// <summary>Version 2: when a time-limited certificate lapses.</summary>
    public DateTimeOffset? ValidUntil { get; set; }
}
