using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MedQa.Sample.Web.Pages.Account;

/// <summary>Signing out: a form post (with its antiforgery token), never a link another site could trigger.</summary>
public sealed class SignOutModel : PageModel
{
    /// <summary>Shows the button.</summary>
    public void OnGet()
    {
    }

    /// <summary>Removes the cookie.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect("/");
    }
}
