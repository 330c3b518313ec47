namespace MedQa.Serialization;

/// <summary>The wire shape of a <see cref="MedQa.Reference"/> (version 2).</summary>
internal sealed class WireReference
{
    public string? Title { get; set; }

    /// <summary>An absolute http or https URL, as <see cref="Uri.OriginalString"/> holds it.</summary>
    public string? Url { get; set; }
}
