using System.Collections.Frozen;

namespace MedQa;

/// <summary>
/// A board that certifies physicians in a specialty, and whether it is one of the 24 member boards of the
/// American Board of Medical Specialties (ABMS).
/// </summary>
/// <remarks>
/// <see cref="FromName"/> recognizes the ABMS member boards by name; any other board, such as the
/// American Board of Venous and Lymphatic Medicine named on the seed page, is a non-member board.
/// </remarks>
public sealed record CertifyingBoard
{
    private CertifyingBoard(string name, bool isAbmsMember)
    {
        Name = name;
        IsAbmsMember = isAbmsMember;
    }

    /// <summary>The board's full name, such as "American Board of Dermatology".</summary>
    public string Name { get; }

    /// <summary>Whether the board is one of the 24 ABMS member boards.</summary>
    public bool IsAbmsMember { get; }

    /// <summary>The 24 ABMS member boards, in alphabetical order of specialty.</summary>
    public static IReadOnlyList<CertifyingBoard> AbmsMemberBoards { get; } = AbmsSpecialties
        .Select(specialty => new CertifyingBoard("American Board of " + specialty, isAbmsMember: true))
        .ToArray();

    /// <summary>Returns the board of that name; ABMS membership is recognized from the name (ignoring case).</summary>
    /// <param name="name">The board's full name, such as "American Board of Venous and Lymphatic Medicine".</param>
    /// <returns>The board; <see cref="IsAbmsMember"/> tells whether it is one of the 24 ABMS member boards.</returns>
    /// <exception cref="ArgumentException">The name is null, blank or longer than 200 characters.</exception>
    public static CertifyingBoard FromName(string name)
    {
        name = Guard.NotBlank(name, "board name", Guard.MaxLineLength).Trim();
        return AbmsByName.TryGetValue(name, out var member) ? member : new CertifyingBoard(name, isAbmsMember: false);
    }

    /// <summary>The board's name.</summary>
    /// <returns>The board's full name.</returns>
    public override string ToString() => Name;

    // ABMS's 24 member boards (../shared/DOMAIN.md, "Physicians"); each is the "American Board of …".
    private static string[] AbmsSpecialties =>
    [
        "Allergy and Immunology", "Anesthesiology", "Colon and Rectal Surgery", "Dermatology",
        "Emergency Medicine", "Family Medicine", "Internal Medicine", "Medical Genetics and Genomics",
        "Neurological Surgery", "Nuclear Medicine", "Obstetrics and Gynecology", "Ophthalmology",
        "Orthopaedic Surgery", "Otolaryngology–Head and Neck Surgery", "Pathology", "Pediatrics",
        "Physical Medicine and Rehabilitation", "Plastic Surgery", "Preventive Medicine",
        "Psychiatry and Neurology", "Radiology", "Surgery", "Thoracic Surgery", "Urology",
    ];

    private static readonly FrozenDictionary<string, CertifyingBoard> AbmsByName =
        AbmsMemberBoards.ToFrozenDictionary(board => board.Name, StringComparer.OrdinalIgnoreCase);
}
