using System.Text;

namespace MedQa;

/// <summary>
/// What "not blank" means for MedQa's text: at least one visible letter or digit. Control (Cc), format (Cf), space and
/// separator (Z*) characters, marks, symbols and punctuation alone do not count, nor do the letters that render as
/// nothing (the Hangul fillers U+115F, U+1160, U+3164 and U+FFA0, Unicode's default-ignorable letters).
/// </summary>
internal static class VisibleText
{
    /// <summary>Whether the text holds a visible letter or digit (a Unicode letter, L*, or decimal digit, Nd).</summary>
    internal static bool HasLetterOrDigit(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if ((Rune.IsLetter(rune) || Rune.IsDigit(rune)) && !IsInvisibleLetter(rune))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many visible letters the text holds, counting no further than <paramref name="enough"/>.</summary>
    internal static int CountLetters(string text, int enough)
    {
        var count = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetter(rune) && !IsInvisibleLetter(rune) && ++count >= enough)
            {
                break;
            }
        }

        return count;
    }

    // The letters (category Lo) that are Default_Ignorable_Code_Point in Unicode's DerivedCoreProperties.txt: fillers
    // that render as nothing. Every other default-ignorable code point is Cf, Mn or unassigned, so not a letter.
    private static bool IsInvisibleLetter(Rune rune) => rune.Value is 0x115F or 0x1160 or 0x3164 or 0xFFA0;
}
