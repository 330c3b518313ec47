namespace MedQa.Sample.Web.Storage;

/// <summary>
/// The accounts a developer signs in with: created in Development only and listed on the sign-in page there.
/// Never in Production, where <c>add-account</c> creates real ones.
/// </summary>
public static class DemoAccounts
{
    /// <summary>The demo physician's profile id.</summary>
    public const string PhysicianId = "dana-demo";

    /// <summary>The password of every demo voter created for load tests.</summary>
    public const string VoterPassword = "voter-demo";

    /// <summary>The demo physician's profile.</summary>
    public static Physician Physician { get; } = new(
        PhysicianId,
        name: "Dana Demo",
        credentials: [Credential.MD],
        specialty: "Family Physician",
        city: "Springfield",
        region: "IL");

    /// <summary>The three demo accounts: user name, password, role, display name, physician id.</summary>
    public static IReadOnlyList<DemoAccount> All { get; } =
    [
        new("patient", "patient-demo", SiteRoles.Patient, "Pat Patient", null),
        new("physician", "physician-demo", SiteRoles.Physician, "Dana Demo, MD", PhysicianId),
        new("moderator", "moderator-demo", SiteRoles.Moderator, "Morgan Moderator", null),
    ];

    /// <summary>The name of demo voter <paramref name="number"/> (1-based): "voter-01".</summary>
    public static string VoterName(int number) => $"voter-{number:00}";
}

/// <summary>A demo account as the sign-in page lists it.</summary>
public sealed record DemoAccount(string UserName, string Password, string Role, string DisplayName, string? PhysicianId);
