using System.ComponentModel.DataAnnotations;
using MedQa.Sample.Web.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MedQa.Sample.Web.Pages.Account;

/// <summary>Cookie sign-in against the accounts table; passwords are checked with ASP.NET Core Identity's hasher.</summary>
public sealed class SignInModel(SampleDbContext db, IHostEnvironment environment) : PageModel
{
    private static readonly PasswordHasher<SiteAccount> Hasher = new();

    /// <summary>The form.</summary>
    [BindProperty]
    public SignInForm Form { get; set; } = new();

    /// <summary>Where to go after signing in: a local path only.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The demo accounts, listed in Development only.</summary>
    public IReadOnlyList<DemoAccount> DemoAccounts { get; private set; } = [];

    /// <summary>Shows the form.</summary>
    public void OnGet() => ListDemoAccounts();

    /// <summary>Signs in, or shows the form again with one message that never says which half was wrong.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ListDemoAccounts();
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(row => row.UserName == Form.UserName, cancellationToken);
        var verified = account is not null
            && Hasher.VerifyHashedPassword(account, account.PasswordHash, Form.Password!) is PasswordVerificationResult.Success or PasswordVerificationResult.SuccessRehashNeeded;
        if (!verified)
        {
            ModelState.AddModelError(string.Empty, "The user name or the password is wrong.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, SiteUser.For(account!));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }

    private void ListDemoAccounts()
    {
        if (environment.IsDevelopment())
        {
            DemoAccounts = Storage.DemoAccounts.All;
        }
    }

    /// <summary>The credentials as typed.</summary>
    public sealed class SignInForm
    {
        /// <summary>The user name.</summary>
        [Required(ErrorMessage = "Enter your user name.")]
        [StringLength(SiteAccount.MaxUserNameLength, ErrorMessage = "A user name is at most 64 characters.")]
        public string? UserName { get; set; }

        /// <summary>The password.</summary>
        [Required(ErrorMessage = "Enter your password.")]
        [StringLength(200, ErrorMessage = "A password is at most 200 characters.")]
        public string? Password { get; set; }
    }
}
