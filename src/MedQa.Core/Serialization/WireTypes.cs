using System.Text.Json.Serialization;

namespace MedQa.Serialization;

// The wire format's shapes, separate from the domain types: every field is optional here, so that the mapper, not the
// serializer, decides what is missing and names it by its JSON path (docs/json-format.md). Property order is the
// written order.

internal sealed class WireThread
{
    /// <summary>
    /// "$schema": the URI of a JSON Schema, so that editors can validate a data file; read and ignored, never written.
    /// </summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public WireQuestion? Question { get; set; }

    public List<WireAnswer?>? Answers { get; set; }

    public WireDisclaimer? Disclaimer { get; set; }

    public DateOnly? LastReviewed { get; set; }
}

internal sealed class WireQuestion
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Body { get; set; }

    public string? Topic { get; set; }

    public DateTimeOffset? AskedAt { get; set; }
}

internal sealed class WireAnswer
{
    public string? Id { get; set; }

    public string? Headline { get; set; }

    public string? Body { get; set; }

    public WirePhysician? Author { get; set; }

    public DateTimeOffset? PostedAt { get; set; }

    public WireVotes? Votes { get; set; }
}

internal sealed class WireVotes
{
    public long? Up { get; set; }

    public long? Down { get; set; }
}

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
}

internal sealed class WireCredential
{
    public string? Abbreviation { get; set; }

    /// <summary>"degree" or "fellowship": the camelCase name of a <see cref="CredentialKind"/>, parsed by the mapper.</summary>
    public string? Kind { get; set; }
}

internal sealed class WireBoardCertification
{
    public string? Board { get; set; }

    public string? Specialty { get; set; }
}

internal sealed class WireRating
{
    public decimal? Value { get; set; }

    public long? ReviewCount { get; set; }

    public decimal? BestValue { get; set; }
}

internal sealed class WireDisclaimer
{
    public string? EducationalStatement { get; set; }

    public string? EmergencyStatement { get; set; }

    public string? NoRelationshipStatement { get; set; }

    public WireEmergencyNumber? EmergencyNumber { get; set; }
}

internal sealed class WireEmergencyNumber
{
    public string? RegionCode { get; set; }

    public string? Number { get; set; }
}
