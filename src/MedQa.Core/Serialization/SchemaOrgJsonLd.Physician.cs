using System.Text.Json;

namespace MedQa.Serialization;

// The physician node (an answer's author, the page's reviewer) and its board certifications.
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

        if (options.ProfileUrl(physician.Id) is { } profileUrl)
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

    private static void WriteCertification(Utf8JsonWriter w, BoardCertification certification)
    {
        w.WriteStartObject();
        w.WriteString("@type", "EducationalOccupationalCredential");
        w.WriteString("credentialCategory", "Board certification");
        w.WriteString("name", certification.ToString());
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
