using System.Globalization;

namespace MedQa;

/// <summary>
/// An answer's helpful ("up") and unhelpful ("down") votes, displayed by default as the seed page's template shows them,
/// net + 1 (<c>"+1"</c> for no votes); the format <c>"N"</c> gives the plain net count (<c>"0"</c>).
/// </summary>
/// <remarks>
/// <c>ToString()</c> and <c>$"{votes}"</c> use the seed template (<see cref="VoteDisplay"/>, format "G"): 0 → "+1",
/// 5 → "+6", -1 → "0". <c>votes.ToString("N", null)</c> and <c>$"{votes:N}"</c> write <see cref="Net"/> itself: 0 → "0",
/// 5 → "5", -1 → "-1". Counts are 64-bit and never negative, so the net count never overflows. The default value is
/// <see cref="None"/>.
/// </remarks>
public readonly record struct VoteTally : ISpanFormattable
{
    /// <summary>A tally with no votes: it displays as "+1".</summary>
    public static readonly VoteTally None;

    /// <summary>Creates a tally.</summary>
    /// <param name="up">The helpful votes; not negative.</param>
    /// <param name="down">The unhelpful votes; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative (the exception names it).</exception>
    public VoteTally(long up, long down)
    {
        Up = Guard.NotNegative(up, "up votes");
        Down = Guard.NotNegative(down, "down votes");
    }

    /// <summary>The helpful votes.</summary>
    public long Up { get; }

    /// <summary>The unhelpful votes.</summary>
    public long Down { get; }

    /// <summary>Helpful minus unhelpful votes; the <c>voteCount</c> of the seed template.</summary>
    public long Net => Up - Down;

    /// <summary>All votes cast, exact even where <see cref="Up"/> + <see cref="Down"/> exceeds <see cref="long.MaxValue"/>.</summary>
    public ulong Total => (ulong)Up + (ulong)Down;

    /// <summary>The seed template's display, net + 1, such as "+1" for no votes; <c>ToString("N", null)</c> gives the net count.</summary>
    /// <returns>The display, such as "+1".</returns>
    public override string ToString() => VoteDisplay.Format(Net);

    /// <summary>Formats the tally: "G" (or null/empty) for the seed template's display, "N" for the signed net count.</summary>
    /// <param name="format">"G", null or empty for the seed display ("+1" for no votes); "N" for the net count ("0"). Either case.</param>
    /// <param name="formatProvider">Ignored: both formats are culture-invariant, as the page shows them.</param>
    /// <returns>The formatted tally.</returns>
    /// <exception cref="FormatException">The format is neither "G" nor "N".</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[VoteDisplay.MaxLength];
        TryFormat(buffer, out var written, format, formatProvider);
        return new string(buffer[..written]);
    }

    /// <summary>Formats the tally without allocating: "G" (or empty) for the seed template's display, "N" for the signed net count.</summary>
    /// <param name="destination">Where to write; <see cref="VoteDisplay.MaxLength"/> characters always suffice.</param>
    /// <param name="charsWritten">How many characters were written; 0 when the destination is too small.</param>
    /// <param name="format">"G" or empty for the seed display; "N" for the net count. Either case.</param>
    /// <param name="provider">Ignored: both formats are culture-invariant.</param>
    /// <returns><see langword="true"/> when the whole text fit in <paramref name="destination"/>.</returns>
    /// <exception cref="FormatException">The format is neither "G" nor "N".</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null)
    {
        if (format.IsEmpty || format is "G" or "g")
        {
            return VoteDisplay.TryFormat(Net, destination, out charsWritten);
        }

        if (format is "N" or "n")
        {
            return Net.TryFormat(destination, out charsWritten, default, CultureInfo.InvariantCulture);
        }

        throw new FormatException($"The vote tally format \"{format}\" is not supported; use \"G\" (the seed display) or \"N\" (the net count).");
    }
}
