namespace MedQa.Serialization;

/// <summary>The wire shape of a <see cref="Physician"/>, as an answer's author or a thread's reviewer.</summary>
internal sealed class WirePhysician
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public List<WireCredential?>? Credentials { get; set; }

    public string? Specialty { get; set; }

    public string? City { get; set; }

    public string? Region { get; set; }

    public List<WireBoardCertification?>? BoardCertifications { get; set; }

    public string? Npi { get; set; }

    public WireRating? Rating { get; set; }

    /// <summary>Version 2; omitted when empty.</summary>
    public List<WireLicence?>? Licences { get; set; }

    /// <summary>Version 2: an absolute http(s) URL, written as the model holds it (<see cref="Uri.OriginalString"/>).</summary>
    public string? ProfileUrl { get; set; }
}
