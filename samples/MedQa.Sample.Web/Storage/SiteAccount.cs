namespace MedQa.Sample.Web.Storage;

/// <summary>A person who signs in: a patient, a physician (linked to a physician profile) or a moderator.</summary>
public sealed class SiteAccount
{
    /// <summary>The longest user name.</summary>
    public const int MaxUserNameLength = 64;

    /// <summary>The sign-in name, also the voter and asker id in MedQa's tables.</summary>
    public string UserName { get; set; } = "";

    /// <summary>The name shown on the site.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>One of <see cref="SiteRoles"/>.</summary>
    public string Role { get; set; } = SiteRoles.Patient;

    /// <summary>For a physician: the physician profile they answer as.</summary>
    public string? PhysicianId { get; set; }

    /// <summary>The password, hashed by ASP.NET Core Identity's <c>PasswordHasher</c> (never the password itself).</summary>
    public string PasswordHash { get; set; } = "";
}
