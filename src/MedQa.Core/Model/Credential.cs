using System.Collections.Frozen;

namespace MedQa;

/// <summary>
/// A post-nominal credential shown after a physician's name: a degree ("MD") or a fellowship ("FACS").
/// </summary>
/// <remarks>
/// The abbreviations seen on physician Q&amp;A sites are predefined (<see cref="Known"/>); others can be
/// created with the constructor. The default value is not a valid credential.
/// </remarks>
public readonly record struct Credential
{
    /// <summary>Doctor of Medicine.</summary>
    public static Credential MD { get; } = new("MD", CredentialKind.Degree);

    /// <summary>Doctor of Osteopathic Medicine.</summary>
    public static Credential DO { get; } = new("DO", CredentialKind.Degree);

    /// <summary>Creates a credential.</summary>
    /// <param name="abbreviation">The post-nominal as shown: 1 to 16 ASCII letters, digits, '-' or '.', starting with a letter.</param>
    /// <param name="kind">Whether it is a degree or a fellowship.</param>
    /// <exception cref="ArgumentException">The abbreviation is malformed, or the kind is undefined.</exception>
    public Credential(string abbreviation, CredentialKind kind)
    {
        Guard.NotNull(abbreviation, "credential abbreviation");
        if (abbreviation.Length is 0 or > 16 || !char.IsAsciiLetter(abbreviation[0])
            || !abbreviation.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.'))
        {
            throw Guard.Invalid(
                $"Credential abbreviation must be 1 to 16 ASCII letters, digits, '-' or '.', starting with a letter (such as \"MD\" or \"PA-C\"); got {Guard.Echo(abbreviation)}.",
                nameof(abbreviation));
        }

        if (!Enum.IsDefined(kind))
        {
            throw Guard.OutOfRange($"Credential kind must be CredentialKind.Degree or CredentialKind.Fellowship; got {Guard.Echo(kind.ToString())}.", nameof(kind), kind);
        }

        Abbreviation = abbreviation;
        Kind = kind;
    }

    /// <summary>The post-nominal as shown, such as "MD".</summary>
    public string Abbreviation { get; }

    /// <summary>Whether it is a degree or a fellowship.</summary>
    public CredentialKind Kind { get; }

    /// <summary>The predefined credentials by abbreviation (degrees and fellowships seen on such sites).</summary>
    public static IReadOnlyDictionary<string, Credential> Known => KnownCredentials;

    /// <summary>Returns a predefined credential by its abbreviation, such as "MD" or "FACS" (case-sensitive).</summary>
    /// <param name="abbreviation">A predefined abbreviation, such as "MD", "DO" or "FACS" (case-sensitive).</param>
    /// <returns>The predefined credential, with its kind.</returns>
    /// <exception cref="ArgumentException">The abbreviation is not in <see cref="Known"/>; use the constructor to say its kind.</exception>
    public static Credential Parse(string abbreviation)
    {
        Guard.NotNull(abbreviation, "credential abbreviation");
        return KnownCredentials.TryGetValue(abbreviation, out var credential)
            ? credential
            : throw Guard.Invalid(
                $"Credential abbreviation must be one of Credential.Known (such as \"MD\", \"DO\", \"FACS\"; case-sensitive); got {Guard.Echo(abbreviation)}: for another, write new Credential(abbreviation, CredentialKind.Degree or Fellowship).",
                nameof(abbreviation));
    }

    /// <summary>The abbreviation.</summary>
    /// <returns>The abbreviation, such as "MD"; empty for the default value.</returns>
    public override string ToString() => Abbreviation ?? string.Empty;

    // Degrees and fellowships seen on physician Q&A sites (../shared/DOMAIN.md, "Physicians").
    private static readonly FrozenDictionary<string, Credential> KnownCredentials = new[]
    {
        "MD", "DO", "MBBS", "MBChB", "DDS", "DMD", "DPM", "OD", "PhD", "PharmD", "NP", "PA-C",
    }.Select(degree => new Credential(degree, CredentialKind.Degree))
        .Concat(new[] { "FACS", "FACP", "FAAD", "FACOG", "FRCS", "FRCSC" }
            .Select(fellowship => new Credential(fellowship, CredentialKind.Fellowship)))
        .ToFrozenDictionary(credential => credential.Abbreviation, StringComparer.Ordinal);
}
