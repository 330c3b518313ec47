namespace MedQa.Analyzers;

/// <summary>The identifiers of MedQa's diagnostics, one constant per rule.</summary>
public static class RuleIdentifiers
{
    /// <summary>Answer content is rendered without the medical disclaimer.</summary>
    public const string AnswerRenderedWithoutDisclaimer = "MEDQA001";
}
