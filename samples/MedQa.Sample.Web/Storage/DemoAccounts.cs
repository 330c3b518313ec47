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

    /// <summary>When the demo physician's licence expires: the verified badge shows until then.</summary>
    public static readonly DateTimeOffset LicenceExpiresAt = new(2030, 7, 31, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// The demo physician's profile, with an active licence the site verified, so the profile and thread pages show
    /// the verified badge (a made-up number: the demo is nobody's real licence).
    /// </summary>
    public static Physician Physician { get; } = new(
        PhysicianId,
        name: "Dana Demo",
        credentials: [Credential.MD],
        specialty: "Family Physician",
        city: "Springfield",
        region: "IL",
        licences: [new MedicalLicence("036-000000", "Illinois Department of Financial and Professional Regulation", LicenceStatus.Active, new DateTimeOffset(2026, 1, 15, 0, 0, 0, TimeSpan.Zero), LicenceExpiresAt)]);

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
