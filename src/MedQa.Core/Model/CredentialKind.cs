namespace MedQa;

/// <summary>What a post-nominal <see cref="Credential"/> stands for.</summary>
public enum CredentialKind
{
    /// <summary>An earned degree or licence, such as MD, DO, DDS or PA-C.</summary>
    Degree,

    /// <summary>A fellowship of a college or academy, such as FACS or FRCS.</summary>
    Fellowship,
}
