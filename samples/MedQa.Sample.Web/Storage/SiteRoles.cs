namespace MedQa.Sample.Web.Storage;

/// <summary>The site's roles; authorization policies are named after them.</summary>
public static class SiteRoles
{
    /// <summary>Asks questions and votes.</summary>
    public const string Patient = "Patient";

    /// <summary>Answers questions (answers wait for review) and votes on others' answers.</summary>
    public const string Physician = "Physician";

    /// <summary>Publishes or hides answers.</summary>
    public const string Moderator = "Moderator";

    /// <summary>Every role.</summary>
    public static IReadOnlyList<string> All { get; } = [Patient, Physician, Moderator];
}
