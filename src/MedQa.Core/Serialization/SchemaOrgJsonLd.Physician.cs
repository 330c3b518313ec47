using System.Globalization;
using System.Text.Json;

namespace MedQa.Serialization;

// The physician node (an answer's author, the page's reviewer, a profile page's mainEntity) and its board
// certifications. Licences are not emitted: a licence is valid only at an instant (the rendered page's verified badge
// says so against the host's clock), and markup that crawlers cache would go on claiming it after it lapsed.
public static partial class SchemaOrgJsonLd
{
    private static void WritePhysician(Utf8JsonWriter w, Physician physician, JsonLdOptions options)
    {
        w.WriteStartObject();
        w.WritePropertyName("@type");
        w.WriteStartArray();
        w.WriteStringValue("Person");
        w.WriteStringValue("IndividualPhysician");
        w.WriteEndArray();
        w.WriteString("name", physician.Name);
        if (!physician.Credentials.IsEmpty)
        {
            w.WriteString("honorificSuffix", string.Join(", ", physician.Credentials));
        }

        if (ProfileUrlOf(physician, options) is { } profileUrl)
        {
            w.WriteString("url", profileUrl);
        }

        if (physician.Specialty is not null)
        {
            w.WriteString("jobTitle", physician.Specialty);
        }

        var specialties = physician.BoardCertifications.SelectMany(MedicalSpecialties.Of).Distinct().ToArray();
        if (specialties.Length > 0)
        {
            w.WriteStartArray("medicalSpecialty");
            foreach (var specialty in specialties)
            {
                w.WriteStringValue("https://schema.org/" + specialty);
            }

            w.WriteEndArray();
        }

        if (physician.City is not null || physician.Region is not null)
        {
            w.WriteStartObject("address");
            w.WriteString("@type", "PostalAddress");
            if (physician.City is not null)
            {
                w.WriteString("addressLocality", physician.City);
            }

            if (physician.Region is not null)
            {
                w.WriteString("addressRegion", physician.Region);
            }

            w.WriteEndObject();
        }

        if (physician.Npi is { } npi)
        {
            w.WriteString("usNPI", npi.Value);
        }

        if (!physician.BoardCertifications.IsEmpty)
        {
            w.WriteStartArray("hasCredential");
            foreach (var certification in physician.BoardCertifications)
            {
                WriteCertification(w, certification);
            }

            w.WriteEndArray();
        }

        if (physician.Rating is { ReviewCount: > 0 } rating)
        {
            w.WriteStartObject("aggregateRating");
            w.WriteString("@type", "AggregateRating");
            w.WriteNumber("ratingValue", rating.Value);
            w.WriteNumber("bestRating", rating.BestValue);
            w.WriteNumber("reviewCount", rating.ReviewCount);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    /// <summary>The physician's profile page: their own <see cref="Physician.ProfileUrl"/>, else the host's <see cref="JsonLdOptions.PhysicianProfileBaseUrl"/> joined with their id; null when neither is known.</summary>
    private static string? ProfileUrlOf(Physician physician, JsonLdOptions options)
        => physician.ProfileUrl?.AbsoluteUri ?? options.ProfileUrl(physician.Id);

    private static void WriteCertification(Utf8JsonWriter w, BoardCertification certification)
    {
        w.WriteStartObject();
        w.WriteString("@type", "EducationalOccupationalCredential");
        w.WriteString("credentialCategory", "Board certification");
        w.WriteString("name", certification.ToString());
        if (certification.ValidUntil is { } validUntil)
        {
            // A time-limited certificate's end: CreativeWork's "expires" (a Date), which the credential inherits.
            w.WriteString("expires", validUntil.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        w.WriteStartObject("recognizedBy");
        w.WriteString("@type", "Organization");
        w.WriteString("name", certification.Board.Name);
        if (certification.Board.IsAbmsMember)
        {
            w.WriteStartObject("memberOf");
            w.WriteString("@type", "Organization");
            w.WriteString("name", "American Board of Medical Specialties");
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }
}
