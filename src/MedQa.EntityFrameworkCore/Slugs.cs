using System.Text;

namespace MedQa.EntityFrameworkCore;

/// <summary>URL slugs for new questions, and safe echoes of ids in messages.</summary>
internal static class Slugs
{
    private const int MaxStem = 80;
    private const int MaxEcho = 64;

    /// <summary>"Is a DVT dangerous?" and "3f9a0c1d" give "is-a-dvt-dangerous-3f9a0c1d".</summary>
    public static string From(string title, string suffix)
    {
        var stem = new StringBuilder(MaxStem);
        foreach (var c in title)
        {
            if (stem.Length >= MaxStem)
            {
                break;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                stem.Append(char.ToLowerInvariant(c));
            }
            else if (stem.Length > 0 && stem[^1] != '-')
            {
                stem.Append('-');
            }
        }

        var trimmed = stem.ToString().Trim('-');
        return trimmed.Length == 0 ? "q-" + suffix : trimmed + "-" + suffix;
    }

    /// <summary>An id as it may appear in a message: printable ASCII only, at most 64 characters.</summary>
    public static string Echo(string value)
    {
        var echo = new StringBuilder(Math.Min(value.Length, MaxEcho) + 1);
        foreach (var c in value.AsSpan(0, Math.Min(value.Length, MaxEcho)))
        {
            echo.Append(c is >= ' ' and <= '~' and not '\'' ? c : '?');
        }

        return value.Length > MaxEcho ? echo.Append('…').ToString() : echo.ToString();
    }
}
