using System.Globalization;

namespace MedQa;

/// <summary>
/// The helpful ("up") and unhelpful ("down") votes an answer received, and their net count.
/// </summary>
/// <remarks>
/// Counts are 64-bit and never negative, so the net count never overflows. The default value is
/// <see cref="None"/>. Formatting uses <see cref="VoteDisplay"/>'s seed template by default ("G"), or
/// "N" for the plain signed net count.
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
        Up = Guard.NotNegative(up);
        Down = Guard.NotNegative(down);
    }

    /// <summary>The helpful votes.</summary>
    public long Up { get; }

    /// <summary>The unhelpful votes.</summary>
    public long Down { get; }

    /// <summary>Helpful minus unhelpful votes; the <c>voteCount</c> of the seed template.</summary>
    public long Net => Up - Down;

    /// <summary>All votes cast, exact even where <see cref="Up"/> + <see cref="Down"/> exceeds <see cref="long.MaxValue"/>.</summary>
    public ulong Total => (ulong)Up + (ulong)Down;

    /// <summary>The seed template's display of the net count, such as "+1" for no votes.</summary>
    public override string ToString() => VoteDisplay.Format(Net);

    /// <summary>Formats the tally: "G" (or null/empty) for the seed template's display, "N" for the signed net count.</summary>
    /// <exception cref="FormatException">The format is neither "G" nor "N".</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[VoteDisplay.MaxLength];
        TryFormat(buffer, out var written, format, formatProvider);
        return new string(buffer[..written]);
    }

    /// <summary>Formats the tally without allocating: "G" (or empty) for the seed template's display, "N" for the signed net count.</summary>
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
