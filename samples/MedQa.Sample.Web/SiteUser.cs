using System.Security.Claims;
using MedQa.Sample.Web.Storage;

namespace MedQa.Sample.Web;

/// <summary>What the site reads from the signed-in visitor's cookie.</summary>
public static class SiteUser
{
    /// <summary>The claim naming a physician account's physician profile.</summary>
    public const string PhysicianClaim = "medqa:physician";

    /// <summary>The account's user name (the voter and asker id), or null when anonymous.</summary>
    public static string? UserName(this ClaimsPrincipal user)
        => user.Identity?.IsAuthenticated == true ? user.Identity.Name : null;

    /// <summary>The physician profile a physician account answers as, or null.</summary>
    public static string? PhysicianId(this ClaimsPrincipal user)
        => user.IsInRole(SiteRoles.Physician) ? user.FindFirstValue(PhysicianClaim) : null;

    /// <summary>The cookie's identity for an account.</summary>
    public static ClaimsPrincipal For(SiteAccount account)
    {
        List<Claim> claims =
        [
            new(ClaimTypes.Name, account.UserName),
            new(ClaimTypes.GivenName, account.DisplayName),
            new(ClaimTypes.Role, account.Role),
        ];
        if (account.PhysicianId is { } physicianId)
        {
            claims.Add(new Claim(PhysicianClaim, physicianId));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "cookie", ClaimTypes.Name, ClaimTypes.Role));
    }
}
