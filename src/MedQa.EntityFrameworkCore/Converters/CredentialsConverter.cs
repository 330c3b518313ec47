using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MedQa.EntityFrameworkCore;

/// <summary>
/// Stores a physician's credentials in one column as <c>Kind:Abbreviation</c> pairs separated by spaces
/// ("Degree:MD Fellowship:FACS"); neither part can contain ':' or ' ', so the format is unambiguous. Reading
/// validates every credential again.
/// </summary>
public sealed class CredentialsConverter : ValueConverter<ImmutableArray<Credential>, string>
{
    /// <summary>The column's length: a physician has at most a few credentials of at most 16 characters.</summary>
    public const int ColumnLength = 400;

    /// <summary>Compares credential lists by their items, for change tracking.</summary>
    public static ValueComparer<ImmutableArray<Credential>> Comparer { get; } = new(
        (left, right) => left.IsDefault ? right.IsDefault : !right.IsDefault && left.SequenceEqual(right),
        list => list.IsDefault ? 0 : list.Aggregate(0, (hash, credential) => HashCode.Combine(hash, credential)),
        list => list);

    /// <summary>Creates the converter.</summary>
    public CredentialsConverter()
        : base(credentials => Write(credentials), column => Read(column))
    {
    }

    /// <summary>The column for a list of credentials.</summary>
    /// <param name="credentials">The credentials; default or empty is the empty string.</param>
    /// <returns>The column's text.</returns>
    public static string Write(ImmutableArray<Credential> credentials)
        => credentials.IsDefaultOrEmpty ? "" : string.Join(' ', credentials.Select(credential => $"{credential.Kind}:{credential.Abbreviation}"));

    /// <summary>The credentials a column holds.</summary>
    /// <param name="column">The column's text.</param>
    /// <returns>The credentials, in order.</returns>
    /// <exception cref="FormatException">An item is not <c>Kind:Abbreviation</c> with a defined kind.</exception>
    /// <exception cref="ArgumentException">An abbreviation is not a valid credential.</exception>
    public static ImmutableArray<Credential> Read(string? column)
    {
        if (string.IsNullOrEmpty(column))
        {
            return [];
        }

        var items = column.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var builder = ImmutableArray.CreateBuilder<Credential>(items.Length);
        foreach (var item in items)
        {
            var colon = item.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !Enum.TryParse<CredentialKind>(item.AsSpan(0, colon), ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
            {
                throw new FormatException("A stored credential is \"Kind:Abbreviation\", such as \"Degree:MD\".");
            }

            builder.Add(new Credential(item[(colon + 1)..], kind));
        }

        return builder.MoveToImmutable();
    }
}
