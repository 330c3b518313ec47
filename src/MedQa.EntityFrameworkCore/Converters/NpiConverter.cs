using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MedQa.EntityFrameworkCore;

/// <summary>
/// Stores an <see cref="Npi"/> as its ten digits; reading validates them again, so a corrupted column fails loudly
/// with <see cref="FormatException"/> instead of becoming a wrong identifier.
/// </summary>
public sealed class NpiConverter : ValueConverter<Npi, string>
{
    /// <summary>The column's length: an NPI is ten digits.</summary>
    public const int ColumnLength = 10;

    /// <summary>Creates the converter.</summary>
    public NpiConverter()
        : base(npi => npi.Value, digits => Npi.Parse(digits))
    {
    }
}
