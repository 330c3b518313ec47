namespace MedQa.Analyzers;

/// <summary>The identifiers of MedQa's diagnostics, one constant per rule.</summary>
public static class RuleIdentifiers
{
    /// <summary>MEDQA001 could not analyze a unit (an internal failure, reported instead of swallowed).</summary>
    public const string AnalysisFailure = "MEDQA000";

    /// <summary>Answer content is rendered without the medical disclaimer.</summary>
    public const string AnswerRenderedWithoutDisclaimer = "MEDQA001";
}
