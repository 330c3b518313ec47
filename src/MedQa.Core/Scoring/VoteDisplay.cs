using System.Globalization;

namespace MedQa;

/// <summary>
/// The vote display of the seed page, the Angular template
/// <c>{{ voteCount >= 0 ? '+' + (voteCount + 1) : (voteCount + 1) }}</c>, as a named format:
/// the shown number counts the author's own implicit vote, and is signed with '+' when the net count is not negative.
/// </summary>
/// <remarks>
/// Examples: 0 → "+1", 5 → "+6", -1 → "0", -2 → "-1". The arithmetic is exact for every 64-bit count
/// (JavaScript would round counts above 2^53; the template's intent is the exact number).
/// </remarks>
public static class VoteDisplay
{
    /// <summary>The template exactly as it appears in the seed page's markup.</summary>
    public const string Template = "{{ voteCount >= 0 ? '+' + (voteCount + 1) : (voteCount + 1) }}";

    /// <summary>The most characters <see cref="TryFormat"/> ever writes: a sign and 19 digits.</summary>
    public const int MaxLength = 20;

    /// <summary>Formats a net vote count with the seed template.</summary>
    /// <param name="voteCount">The net vote count (helpful minus unhelpful).</param>
    /// <returns>The displayed text, such as "+1" for a count of 0.</returns>
    public static string Format(long voteCount)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        TryFormat(voteCount, buffer, out var written);
        return new string(buffer[..written]);
    }

    /// <summary>Formats a net vote count with the seed template into <paramref name="destination"/>, allocating nothing.</summary>
    /// <param name="voteCount">The net vote count (helpful minus unhelpful).</param>
    /// <param name="destination">Where to write; <see cref="MaxLength"/> characters always suffice.</param>
    /// <param name="charsWritten">How many characters were written; 0 when the destination is too small.</param>
    /// <returns><see langword="true"/> when the whole display fit in <paramref name="destination"/>.</returns>
    public static bool TryFormat(long voteCount, Span<char> destination, out int charsWritten)
    {
        // Int128 keeps voteCount + 1 exact at long.MaxValue, where long arithmetic would overflow.
        var shown = (Int128)voteCount + 1;
        if (voteCount >= 0)
        {
            if (destination.IsEmpty)
            {
                charsWritten = 0;
                return false;
            }

            destination[0] = '+';
            if (shown.TryFormat(destination[1..], out var digits, default, CultureInfo.InvariantCulture))
            {
                charsWritten = digits + 1;
                return true;
            }

            charsWritten = 0;
            return false;
        }

        // Invariant culture: the minus sign is always '-', as JavaScript prints it.
        if (shown.TryFormat(destination, out charsWritten, default, CultureInfo.InvariantCulture))
        {
            return true;
        }

        charsWritten = 0;
        return false;
    }
}
