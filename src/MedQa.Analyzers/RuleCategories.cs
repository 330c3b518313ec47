namespace MedQa.Analyzers;

/// <summary>The categories of MedQa's diagnostics, as <c>[SuppressMessage]</c> names them.</summary>
public static class RuleCategories
{
    /// <summary>Rules that keep published medical content compliant.</summary>
    public const string Compliance = "MedQa.Compliance";
}
