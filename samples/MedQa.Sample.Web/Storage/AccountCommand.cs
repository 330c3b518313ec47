using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MedQa.Sample.Web.Storage;

/// <summary>
/// <c>add-account &lt;user-name&gt; &lt;role&gt; [--physician id] [--name "Display name"]</c>: creates or replaces an account,
/// with the password from MEDQA_ACCOUNT_PASSWORD (never a command-line argument, which shell history and process lists keep).
/// </summary>
public static class AccountCommand
{
    /// <summary>The command's name, the first argument.</summary>
    public const string Name = "add-account";

    /// <summary>The environment variable holding the new account's password.</summary>
    public const string PasswordVariable = "MEDQA_ACCOUNT_PASSWORD";

    /// <summary>The shortest password accepted.</summary>
    public const int MinPasswordLength = 10;

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output)
    {
        var positional = new List<string>();
        string? physicianId = null;
        string? displayName = null;
        for (var i = 0; i < arguments.Count; i++)
        {
            switch (arguments[i])
            {
                case "--physician" when i + 1 < arguments.Count:
                    physicianId = arguments[++i];
                    break;
                case "--name" when i + 1 < arguments.Count:
                    displayName = arguments[++i];
                    break;
                case var argument when !argument.StartsWith("--", StringComparison.Ordinal) && !argument.Contains('=', StringComparison.Ordinal):
                    positional.Add(argument);
                    break;
                default:
                    // Configuration (--MedQa:Database:…=…) is the host's; skip its value when given separately.
                    if (!arguments[i].Contains('=', StringComparison.Ordinal) && i + 1 < arguments.Count)
                    {
                        i++;
                    }

                    break;
            }
        }

        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        var role = positional.Count == 2 ? SiteRoles.All.FirstOrDefault(known => string.Equals(known, positional[1], StringComparison.OrdinalIgnoreCase)) : null;
        if (positional.Count != 2 || role is null || positional[0].Length is 0 or > SiteAccount.MaxUserNameLength || !positional[0].All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            await output.WriteLineAsync($"Usage: {SiteInitializer.AddAccountHelp}\nA user name is 1 to {SiteAccount.MaxUserNameLength} ASCII letters, digits, '-', '_' or '.'.");
            return 2;
        }

        if (password is null || password.Length < MinPasswordLength)
        {
            await output.WriteLineAsync($"Set {PasswordVariable} to the new account's password (at least {MinPasswordLength} characters).");
            return 2;
        }

        if ((role == SiteRoles.Physician) != (physicianId is not null))
        {
            await output.WriteLineAsync("A Physician account needs --physician <physician-id> (a stored physician profile); other roles take none.");
            return 2;
        }

        await SiteInitializer.InitializeAsync(services, requireAccounts: false);
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SampleDbContext>();
        if (physicianId is not null && !await db.Physicians.AnyAsync(physician => physician.Id == physicianId))
        {
            await output.WriteLineAsync($"No physician profile has the id \"{physicianId}\".");
            return 2;
        }

        var account = await db.Accounts.FirstOrDefaultAsync(row => row.UserName == positional[0]) ?? db.Accounts.Add(new SiteAccount { UserName = positional[0] }).Entity;
        account.DisplayName = displayName ?? positional[0];
        account.Role = role;
        account.PhysicianId = physicianId;
        account.PasswordHash = new PasswordHasher<SiteAccount>().HashPassword(account, password);
        await db.SaveChangesAsync();
        await output.WriteLineAsync($"The account \"{account.UserName}\" ({role}) is ready.");
        return 0;
    }
}
