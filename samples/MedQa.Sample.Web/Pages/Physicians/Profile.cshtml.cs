using MedQa.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MedQa.Sample.Web.Pages.Physicians;

/// <summary>
/// A physician's profile: who they are, their licences (verified or not at the site's clock) and the questions they
/// answered (the page an answer's author links to).
/// </summary>
public sealed class ProfileModel(MedQaStore store, TimeProvider clock) : PageModel
{
    /// <summary>When the page judges the licences: now, by the site's clock.</summary>
    public DateTimeOffset Now { get; } = clock.GetUtcNow();

    /// <summary>The profile shown.</summary>
    public PhysicianProfile? Profile { get; private set; }

    /// <summary>Looks the physician up; 404 when unknown.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Profile = await store.FindPhysicianAsync(id, cancellationToken);
        if (Profile is null)
        {
            return NotFound();
        }

        ViewData["Title"] = Profile.Physician.DisplayName ?? Profile.Physician.PracticeLine ?? "Physician";
        return Page();
    }
}
