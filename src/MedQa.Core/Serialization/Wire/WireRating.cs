namespace MedQa.Serialization;

/// <summary>The wire shape of a <see cref="StarRating"/>.</summary>
internal sealed class WireRating
{
    public decimal? Value { get; set; }

    public long? ReviewCount { get; set; }

    public decimal? BestValue { get; set; }
}
