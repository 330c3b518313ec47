namespace MedQa;

/// <summary>
/// A United States National Provider Identifier: ten digits, the first 1 or 2, the last a Luhn check digit
/// computed as if the first nine were prefixed with the card issuer prefix 80840.
/// </summary>
/// <remarks>
/// CMS's worked example: the nine digits 123456789 take the check digit 3, so "1234567893" is valid.
/// The default value is not a valid NPI.
/// </remarks>
public readonly record struct Npi
{
    private Npi(string value) => Value = value;

    /// <summary>The ten digits.</summary>
    public string Value { get; }

    /// <summary>Parses an NPI and verifies its check digit.</summary>
    /// <param name="value">Exactly ten ASCII digits.</param>
    /// <returns>The NPI.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="FormatException">The value is not ten digits starting with 1 or 2, or its check digit is wrong.</exception>
    public static Npi Parse(string value)
    {
        Guard.NotNull(value, "NPI");
        return TryParse(value, out var npi)
            ? npi
            : throw new FormatException("An NPI is ten digits, the first 1 or 2, the last a Luhn check digit over the prefix 80840.");
    }

    /// <summary>Parses an NPI and verifies its check digit.</summary>
    /// <returns><see langword="true"/> when <paramref name="value"/> is a valid NPI.</returns>
    /// <param name="value">The text to parse: ten ASCII digits; null is not an NPI.</param>
    /// <param name="npi">The NPI when valid; the default value otherwise.</param>
    public static bool TryParse(string? value, out Npi npi)
    {
        if (IsValid(value))
        {
            npi = new Npi(value!);
            return true;
        }

        npi = default;
        return false;
    }

    /// <summary>Whether the text is a valid NPI: ten digits, first 1 or 2, correct check digit.</summary>
    /// <param name="value">The text to check; null is not an NPI.</param>
    /// <returns><see langword="true"/> when it is ten digits, the first 1 or 2, with the right check digit.</returns>
    public static bool IsValid(string? value)
        => value is { Length: 10 }
            && value.All(char.IsAsciiDigit)
            && value[0] is '1' or '2'
            && value[9] - '0' == CheckDigit(value.AsSpan(0, 9));

    /// <summary>The Luhn check digit of nine NPI digits, with the 80840 prefix the standard prescribes.</summary>
    /// <param name="nineDigits">The first nine digits.</param>
    /// <returns>The check digit, 0 to 9: 3 for "123456789".</returns>
    /// <exception cref="ArgumentException">The span is not nine ASCII digits.</exception>
    public static int CheckDigit(ReadOnlySpan<char> nineDigits)
    {
        if (nineDigits.Length != 9 || nineDigits.ContainsAnyExceptInRange('0', '9'))
        {
            throw Guard.Invalid($"The NPI check digit is computed over exactly nine ASCII digits; got {Guard.Echo(nineDigits.ToString())}.", nameof(nineDigits));
        }

        // Luhn from the right: the rightmost payload digit is doubled. The prefix 80840 contributes a constant 24.
        var sum = 24;
        for (var i = 0; i < 9; i++)
        {
            var digit = nineDigits[8 - i] - '0';
            if (i % 2 == 0)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return (10 - (sum % 10)) % 10;
    }

    /// <summary>The ten digits.</summary>
    /// <returns>The ten digits; empty for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
