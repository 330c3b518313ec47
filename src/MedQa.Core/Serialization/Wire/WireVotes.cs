namespace MedQa.Serialization;

/// <summary>The wire shape of a <see cref="VoteTally"/>.</summary>
internal sealed class WireVotes
{
    public long? Up { get; set; }

    public long? Down { get; set; }
}
