using System.Buffers;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace MedQa;

/// <summary>
/// The one place where constructors validate their arguments, so that every failure is a specific
/// <see cref="ArgumentException"/> whose <see cref="ArgumentException.ParamName"/> names the field.
/// </summary>
internal static class Guard
{
    /// <summary>The longest text any single field accepts; longer input is a bug or an attack.</summary>
    internal const int MaxTextLength = 100_000;

    /// <summary>The longest one-line field (a name, a city, a headline) accepts.</summary>
    internal const int MaxLineLength = 200;

    internal static T NotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? field = null)
        where T : class
        => value ?? throw new ArgumentNullException(field, $"The {field} is required.");

    /// <summary>
    /// Requires visible text of at most <paramref name="maxLength"/> characters: not null, and holding at least one
    /// letter or digit (<see cref="VisibleText"/>), so that no text made of white space, control or invisible
    /// characters passes as present.
    /// </summary>
    internal static string NotBlank([NotNull] string? value, int maxLength = MaxTextLength, [CallerArgumentExpression(nameof(value))] string? field = null)
    {
        ArgumentNullException.ThrowIfNull(value, field);
        MaxLength(value, maxLength, field);
        if (!VisibleText.HasLetterOrDigit(value))
        {
            throw new ArgumentException($"The {field} must not be empty, white space or invisible: it needs a letter or digit.", field);
        }

        return value;
    }

    /// <summary>Accepts null (the field is optional) but rejects blank text: absent is null, not "".</summary>
    internal static string? NullOrNotBlank(string? value, [CallerArgumentExpression(nameof(value))] string? field = null)
        => value is null ? null : NotBlank(value, MaxTextLength, field);

    /// <summary>An optional one-line field: null, or non-blank text of at most <paramref name="maxLength"/> characters.</summary>
    internal static string? OptionalText(string? value, int maxLength = MaxLineLength, [CallerArgumentExpression(nameof(value))] string? field = null)
        => value is null ? null : NotBlank(value, maxLength, field);

    /// <summary>
    /// Copies an optional sequence into an immutable array, rejecting invalid items (null, or a default struct)
    /// and duplicates, so a half-valid list never reaches a model object.
    /// </summary>
    internal static ImmutableArray<T> DistinctItems<T>(
        IEnumerable<T>? items,
        Func<T, bool> isValid,
        int maxCount,
        [CallerArgumentExpression(nameof(items))] string? field = null)
    {
        if (items is null)
        {
            return [];
        }

        var array = items.ToImmutableArray();
        MaxCount(array.Length, maxCount, field);
        var seen = new HashSet<T>(array.Length);
        for (var i = 0; i < array.Length; i++)
        {
            if (!isValid(array[i]))
            {
                throw new ArgumentException($"The {field} must not contain a null or default item (at index {i}).", field);
            }

            if (!seen.Add(array[i]))
            {
                throw new ArgumentException($"The {field} must not contain duplicates (\"{array[i]}\" at index {i}).", field);
            }
        }

        return array;
    }

    /// <summary>Requires a list of at most <paramref name="maxCount"/> items, so no input makes work or output unbounded.</summary>
    internal static void MaxCount(int count, int maxCount, [CallerArgumentExpression(nameof(count))] string? field = null)
    {
        if (count > maxCount)
        {
            throw new ArgumentException($"The {field} must have at most {maxCount} items; it has {count}.", field);
        }
    }

    private static string MaxLength(string value, int maxLength, [CallerArgumentExpression(nameof(value))] string? field = null)
        => value.Length <= maxLength
            ? value
            : throw new ArgumentException($"The {field} must be at most {maxLength} characters long; it has {value.Length}.", field);

    internal static long NotNegative(long value, [CallerArgumentExpression(nameof(value))] string? field = null)
        => value >= 0 ? value : throw new ArgumentOutOfRangeException(field, value, $"The {field} must not be negative.");

    internal static double InRange(double value, double min, double max, [CallerArgumentExpression(nameof(value))] string? field = null)
        => value >= min && value <= max
            ? value
            : throw new ArgumentOutOfRangeException(field, value, $"The {field} must be between {min} and {max}.");

    /// <summary>Requires an identifier that is safe in URLs and HTML ids: 1 to 128 ASCII letters, digits, '-', '_' or '.'.</summary>
    internal static string Identifier([NotNull] string? value, [CallerArgumentExpression(nameof(value))] string? field = null)
    {
        ArgumentNullException.ThrowIfNull(value, field);
        if (value.Length is 0 or > 128 || value.AsSpan().ContainsAnyExcept(IdentifierChars))
        {
            throw new ArgumentException(
                $"The {field} must be 1 to 128 ASCII letters, digits, '-', '_' or '.'.", field);
        }

        return value;
    }

    /// <summary>Requires a list of non-null items with distinct ids (ordinal), so that ranking ties can be broken by id.</summary>
    internal static void DistinctIds<T>(IReadOnlyList<T> items, Func<T, string> id, string field)
        where T : class
    {
        var ids = new HashSet<string>(items.Count, StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                throw new ArgumentException($"The {field} must not contain null (at index {i}).", field);
            }

            if (!ids.Add(id(items[i])))
            {
                throw new ArgumentException($"The {field} must have distinct ids; \"{id(items[i])}\" repeats at index {i}.", field);
            }
        }
    }

    /// <summary>Requires a defined value of an enum, so a cast integer cannot smuggle in a state the model does not know.</summary>
    internal static TEnum Defined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string? field = null)
        where TEnum : struct, Enum
        => Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(field, value, $"The {field} is not a defined {typeof(TEnum).Name}.");

    private static readonly SearchValues<char> IdentifierChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.");
}
