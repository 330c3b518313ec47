using System.Collections.Frozen;

namespace MedQa;

/// <summary>
/// The telephone number to call for a medical emergency in one region, as the disclaimer names it.
/// </summary>
/// <remarks>
/// Regions are ISO 3166-1 alpha-2 codes ("US", "GB", "DE"…), plus "EU" for the European Union's common 112.
/// The default value has no region and no number; use <see cref="UnitedStates"/> or <see cref="ForRegion"/>.
/// </remarks>
public readonly record struct EmergencyNumber
{
    /// <summary>The United States' 911, the seed page's number and the default.</summary>
    public static EmergencyNumber UnitedStates { get; } = new("US", "911");

    /// <summary>Creates an emergency number for a region.</summary>
    /// <param name="regionCode">An ISO 3166-1 alpha-2 code (two ASCII letters), or "EU"; upper-cased.</param>
    /// <param name="number">The number to dial: 2 to 15 ASCII digits.</param>
    /// <exception cref="ArgumentException">The region code or the number is malformed (the exception names which).</exception>
    public EmergencyNumber(string regionCode, string number)
    {
        Guard.NotNull(regionCode, "region code");
        Guard.NotNull(number, "emergency number");
        if (regionCode.Length != 2 || !char.IsAsciiLetter(regionCode[0]) || !char.IsAsciiLetter(regionCode[1]))
        {
            throw Guard.Invalid($"Region code must be two ASCII letters (ISO 3166-1 alpha-2, such as \"US\"), or \"EU\"; got {Guard.Echo(regionCode)}.", nameof(regionCode));
        }

        if (number.Length is < 2 or > 15 || !number.All(char.IsAsciiDigit))
        {
            throw Guard.Invalid($"Emergency number must be 2 to 15 ASCII digits, such as \"911\"; got {Guard.Echo(number)}.", nameof(number));
        }

        RegionCode = regionCode.ToUpperInvariant();
        Number = number;
    }

    /// <summary>The region's ISO 3166-1 alpha-2 code, upper case, or "EU".</summary>
    public string RegionCode { get; }

    /// <summary>The digits to dial, such as "911".</summary>
    public string Number { get; }

    /// <summary>The regions whose medical emergency number is known, by code.</summary>
    public static IReadOnlyDictionary<string, EmergencyNumber> Known => KnownNumbers;

    /// <summary>Returns the medical emergency number of a known region.</summary>
    /// <param name="regionCode">An ISO 3166-1 alpha-2 code, in any case, or "EU".</param>
    /// <returns>The region's medical emergency number, such as 999 for "GB".</returns>
    /// <exception cref="ArgumentException">The region is not in <see cref="Known"/>; create the number with the constructor instead.</exception>
    public static EmergencyNumber ForRegion(string regionCode)
    {
        Guard.NotNull(regionCode, "region code");
        return TryForRegion(regionCode, out var number)
            ? number
            : throw Guard.Invalid(
                $"Region code must be one of EmergencyNumber.Known (such as \"US\", \"GB\", \"EU\"); got {Guard.Echo(regionCode)}: for another region write new EmergencyNumber(regionCode, localNumber).",
                nameof(regionCode));
    }

    /// <summary>Looks up the medical emergency number of a region.</summary>
    /// <returns><see langword="true"/> when the region is in <see cref="Known"/>.</returns>
    /// <param name="regionCode">An ISO 3166-1 alpha-2 code, upper case, or "EU"; null finds nothing.</param>
    /// <param name="number">The region's number when known; the default value otherwise.</param>
    public static bool TryForRegion(string? regionCode, out EmergencyNumber number)
        => KnownNumbers.TryGetValue(regionCode ?? string.Empty, out number);

    /// <summary>The number to dial.</summary>
    /// <returns>The digits, such as "911"; empty for the default value.</returns>
    public override string ToString() => Number ?? string.Empty;

    // Medical emergency numbers, from ../shared/DOMAIN.md ("Disclaimers"), which cites each regulator:
    // US, CA, MX 911; EU member states 112; UK 999 (112 works); AU 000 (112 from mobiles); NZ 111; IN 112;
    // JP 119; KR 119; CN 120; BR 192; ZA 10177 (112 from mobiles); SG 995; HK 999; AE 998.
    private static readonly FrozenDictionary<string, EmergencyNumber> KnownNumbers = BuildKnownNumbers();

    private static FrozenDictionary<string, EmergencyNumber> BuildKnownNumbers()
    {
        string[] europeanUnion =
        [
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
            "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
        ];
        var numbers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["US"] = "911", ["CA"] = "911", ["MX"] = "911",
            ["EU"] = "112",
            ["GB"] = "999",
            ["AU"] = "000",
            ["NZ"] = "111",
            ["IN"] = "112",
            ["JP"] = "119", ["KR"] = "119",
            ["CN"] = "120",
            ["BR"] = "192",
            ["ZA"] = "10177",
            ["SG"] = "995",
            ["HK"] = "999",
            ["AE"] = "998",
        };
        foreach (var member in europeanUnion)
        {
            numbers[member] = "112";
        }

        return numbers.ToFrozenDictionary(
            pair => pair.Key,
            pair => new EmergencyNumber(pair.Key, pair.Value),
            StringComparer.OrdinalIgnoreCase);
    }
}
