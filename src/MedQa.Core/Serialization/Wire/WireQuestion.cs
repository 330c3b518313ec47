namespace MedQa.Serialization;

/// <summary>The wire shape of a <see cref="MedQa.Question"/>.</summary>
internal sealed class WireQuestion
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Body { get; set; }

    public string? Topic { get; set; }

    public DateTimeOffset? AskedAt { get; set; }
}
