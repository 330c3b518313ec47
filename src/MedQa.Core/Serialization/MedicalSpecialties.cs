using System.Collections.Frozen;

namespace MedQa.Serialization;

/// <summary>
/// The schema.org <c>MedicalSpecialty</c> enumeration members that a certification by an ABMS member board
/// establishes, for JSON-LD's <c>medicalSpecialty</c>. Boards whose field has no member (Allergy and Immunology,
/// Internal Medicine, Nuclear Medicine, Ophthalmology) and non-member boards establish none.
/// </summary>
internal static class MedicalSpecialties
{
    private static readonly FrozenDictionary<string, string[]> ByBoard = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["American Board of Anesthesiology"] = ["Anesthesia"],
        ["American Board of Colon and Rectal Surgery"] = ["Surgical"],
        ["American Board of Dermatology"] = ["Dermatology"],
        ["American Board of Emergency Medicine"] = ["Emergency"],
        ["American Board of Family Medicine"] = ["PrimaryCare"],
        ["American Board of Medical Genetics and Genomics"] = ["Genetic"],
        ["American Board of Neurological Surgery"] = ["Neurologic", "Surgical"],
        ["American Board of Obstetrics and Gynecology"] = ["Obstetric", "Gynecologic"],
        ["American Board of Orthopaedic Surgery"] = ["Musculoskeletal", "Surgical"],
        ["American Board of Otolaryngology–Head and Neck Surgery"] = ["Otolaryngologic"],
        ["American Board of Pathology"] = ["Pathology"],
        ["American Board of Pediatrics"] = ["Pediatric"],
        ["American Board of Physical Medicine and Rehabilitation"] = ["Physiotherapy"],
        ["American Board of Plastic Surgery"] = ["PlasticSurgery"],
        ["American Board of Preventive Medicine"] = ["PublicHealth"],
        ["American Board of Psychiatry and Neurology"] = ["Psychiatric", "Neurologic"],
        ["American Board of Radiology"] = ["Radiography"],
        ["American Board of Surgery"] = ["Surgical"],
        ["American Board of Thoracic Surgery"] = ["Surgical"],
        ["American Board of Urology"] = ["Urologic"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    internal static IEnumerable<string> Of(BoardCertification certification)
        => certification.Board.IsAbmsMember && ByBoard.TryGetValue(certification.Board.Name, out var specialties) ? specialties : [];
}
