namespace MedQa.Serialization;

/// <summary>The wire shape of an <see cref="Answer"/>; the fields after <see cref="Votes"/> are version 2's.</summary>
internal sealed class WireAnswer
{
    public string? Id { get; set; }

    public string? Headline { get; set; }

    public string? Body { get; set; }

    public WirePhysician? Author { get; set; }

    public DateTimeOffset? PostedAt { get; set; }

    /// <summary>Version 2.</summary>
    public DateTimeOffset? LastEditedAt { get; set; }

    public WireVotes? Votes { get; set; }

    /// <summary>Version 2, required there: the camelCase name of an <see cref="AnswerStatus"/> (<see cref="WireNames"/>).</summary>
    public string? Status { get; set; }

    /// <summary>Version 2: required when <see cref="Status"/> is "hidden", absent otherwise.</summary>
    public string? HiddenReason { get; set; }

    /// <summary>Version 2.</summary>
    public WireDisclosure? Disclosure { get; set; }

    /// <summary>Version 2; omitted when empty.</summary>
    public List<WireReference?>? References { get; set; }

    /// <summary>Version 2; omitted when empty.</summary>
    public List<WireEndorsement?>? Endorsements { get; set; }

    /// <summary>Version 2; written only when true.</summary>
    public bool? HelpedAsker { get; set; }
}
