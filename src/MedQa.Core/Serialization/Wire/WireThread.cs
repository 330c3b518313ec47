using System.Text.Json.Serialization;

namespace MedQa.Serialization;

/// <summary>
/// The wire shape of a <see cref="QaThread"/> (docs/json-format.md). Every field of every wire type is optional here,
/// so that the mapper, not the serializer, decides what is missing and names it by its JSON path; property order is
/// the written order.
/// </summary>
internal sealed class WireThread
{
    /// <summary>
    /// "$schema": the URI of a JSON Schema, so that editors can validate a data file; read and ignored, never written.
    /// </summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    /// <summary>The format version: absent means 1; <see cref="MedQaJson.FormatVersion"/> is written.</summary>
    public long? Version { get; set; }

    public WireQuestion? Question { get; set; }

    public List<WireAnswer?>? Answers { get; set; }

    public WireDisclaimer? Disclaimer { get; set; }

    /// <summary>Version 2; before <see cref="LastReviewed"/>, as a page reads: "reviewed by …, on …".</summary>
    public WirePhysician? ReviewedBy { get; set; }

    public DateOnly? LastReviewed { get; set; }
}
