namespace MedQa.Serialization;

/// <summary>
/// The wire names of the model's enums and kinds: camelCase strings, spelled out here so that renaming a .NET member
/// can never change the format; numbers and other spellings are errors at the value's path.
/// </summary>
internal static class WireNames
{
    internal static string Of(CredentialKind kind) => kind switch
    {
        MedQa.CredentialKind.Degree => "degree",
        MedQa.CredentialKind.Fellowship => "fellowship",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "The credential kind is not defined."),
    };

    internal static CredentialKind ParseKind(string kind, string path) => kind switch
    {
        "degree" => MedQa.CredentialKind.Degree,
        "fellowship" => MedQa.CredentialKind.Fellowship,
        _ => throw new MedQaJsonException("The value is not \"degree\" or \"fellowship\".", path),
    };

    internal static string Of(AnswerStatus status) => status switch
    {
        AnswerStatus.Published => "published",
        AnswerStatus.Draft => "draft",
        AnswerStatus.PendingReview => "pendingReview",
        AnswerStatus.Hidden => "hidden",
        AnswerStatus.Removed => "removed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "The answer status is not defined."),
    };

    internal static AnswerStatus ParseStatus(string status, string path) => status switch
    {
        "published" => AnswerStatus.Published,
        "draft" => AnswerStatus.Draft,
        "pendingReview" => AnswerStatus.PendingReview,
        "hidden" => AnswerStatus.Hidden,
        "removed" => AnswerStatus.Removed,
        _ => throw new MedQaJsonException("The value is not \"draft\", \"pendingReview\", \"published\", \"hidden\" or \"removed\".", path),
    };

    internal static string Of(LicenceStatus status) => status switch
    {
        LicenceStatus.Active => "active",
        LicenceStatus.Inactive => "inactive",
        LicenceStatus.Expired => "expired",
        LicenceStatus.Suspended => "suspended",
        LicenceStatus.Revoked => "revoked",
        LicenceStatus.Surrendered => "surrendered",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "The licence status is not defined."),
    };

    internal static LicenceStatus ParseLicenceStatus(string status, string path) => status switch
    {
        "active" => LicenceStatus.Active,
        "inactive" => LicenceStatus.Inactive,
        "expired" => LicenceStatus.Expired,
        "suspended" => LicenceStatus.Suspended,
        "revoked" => LicenceStatus.Revoked,
        "surrendered" => LicenceStatus.Surrendered,
        _ => throw new MedQaJsonException("The value is not \"active\", \"inactive\", \"expired\", \"suspended\", \"revoked\" or \"surrendered\".", path),
    };

    /// <summary>A disclosure's kind when the author declares no conflict of interest.</summary>
    internal const string NoConflict = "none";

    /// <summary>A disclosure's kind when the author states a conflict of interest.</summary>
    internal const string Conflict = "conflict";
}
