namespace MedQa.Serialization;

/// <summary>The wire shape of a <see cref="MedQa.Credential"/>.</summary>
internal sealed class WireCredential
{
    public string? Abbreviation { get; set; }

    /// <summary>"degree" or "fellowship": the camelCase name of a <see cref="CredentialKind"/>, parsed by the mapper.</summary>
    public string? Kind { get; set; }
}
