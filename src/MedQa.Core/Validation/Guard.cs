using System.Buffers;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace MedQa;

/// <summary>
/// The one place where constructors validate their arguments, so that every failure is a specific
/// <see cref="ArgumentException"/> whose <see cref="ArgumentException.ParamName"/> names the parameter and whose
/// message names the field as a user knows it ("up votes"), says what is allowed, and fits on one line.
/// </summary>
/// <remarks>
/// Messages are written here, never taken from the runtime's resources: the exceptions thrown
/// (<see cref="FieldArgumentException"/> and its two siblings) leave out the runtime's English
/// " (Parameter 'x')" and "Actual value was …" lines, which reach ProblemDetails and logs otherwise. Echoed input is
/// quoted, escaped and capped (<see cref="Echo"/>), so a message stays one short line whatever the input.
/// </remarks>
internal static class Guard
{
    /// <summary>The longest text any single field accepts; longer input is a bug or an attack.</summary>
    internal const int MaxTextLength = 100_000;

    /// <summary>The longest one-line field (a name, a city, a headline) accepts.</summary>
    internal const int MaxLineLength = 200;

    /// <summary>The most characters of the input a message repeats.</summary>
    internal const int MaxEchoLength = 40;

    /// <summary>The longest an identifier may be.</summary>
    internal const int MaxIdentifierLength = 128;

    // Every check takes an optional label, the field as a user knows it ("up votes"); without one, the label is the
    // parameter's name in words ("voterId" → "voter id"), which reads well for most fields.

    /// <summary>Requires a value; <paramref name="label"/> is the field as a user knows it, such as "disclaimer".</summary>
    internal static T NotNull<T>([NotNull] T? value, string? label = null, [CallerArgumentExpression(nameof(value))] string? field = null)
        where T : class
        => value ?? throw Null(label ?? Words(field), field);

    /// <summary>Requires text that is not null, not empty, not only white space, and at most <paramref name="maxLength"/> characters.</summary>
    internal static string NotBlank([NotNull] string? value, string? label = null, int maxLength = MaxTextLength, [CallerArgumentExpression(nameof(value))] string? field = null)
        => value is null ? throw Null(label ?? Words(field), field) : Text(value, label ?? Words(field), maxLength, optional: false, field);

    /// <summary>Requires non-blank text of at most <paramref name="maxLength"/> characters, labelled by the parameter's name.</summary>
    internal static string NotBlank([NotNull] string? value, int maxLength, [CallerArgumentExpression(nameof(value))] string? field = null)
        => NotBlank(value, null, maxLength, field);

    /// <summary>An optional field: null, or non-blank text of at most <paramref name="maxLength"/> characters (absent is null, not "").</summary>
    internal static string? OptionalText(string? value, string? label = null, int maxLength = MaxLineLength, [CallerArgumentExpression(nameof(value))] string? field = null)
        => value is null ? null : Text(value, label ?? Words(field), maxLength, optional: true, field);

    /// <summary>An optional field of at most <paramref name="maxLength"/> characters, labelled by the parameter's name.</summary>
    internal static string? OptionalText(string? value, int maxLength, [CallerArgumentExpression(nameof(value))] string? field = null)
        => OptionalText(value, null, maxLength, field);

    /// <summary>An optional long text: null, or non-blank text of at most <see cref="MaxTextLength"/> characters.</summary>
    internal static string? NullOrNotBlank(string? value, string? label = null, [CallerArgumentExpression(nameof(value))] string? field = null)
        => OptionalText(value, label, MaxTextLength, field);

    // Visible text: at least one letter or digit (VisibleText), so that no text made of white space, control or
    // invisible characters passes as present. The length is checked first, so a huge input is never scanned.
    private static string Text(string value, string label, int maxLength, bool optional, string? field)
    {
        var allowed = optional
            ? $"null (absent) or text of 1 to {Count(maxLength)} characters with a letter or digit"
            : $"text of 1 to {Count(maxLength)} characters with a letter or digit";
        if (value.Length > maxLength)
        {
            throw Invalid($"{Capitalized(label)} must be {allowed}; got {Count(value.Length)} characters.", field);
        }

        return VisibleText.HasLetterOrDigit(value)
            ? value
            : throw Invalid($"{Capitalized(label)} must be {allowed}; got {Echo(value)}.", field);
    }

    /// <summary>
    /// Copies an optional sequence into an immutable array, rejecting invalid items (null, or a default struct)
    /// and duplicates, so a half-valid list never reaches a model object.
    /// </summary>
    internal static ImmutableArray<T> DistinctItems<T>(
        IEnumerable<T>? items,
        Func<T, bool> isValid,
        int maxCount,
        string? label = null,
        [CallerArgumentExpression(nameof(items))] string? field = null)
    {
        label ??= Words(field);
        if (items is null)
        {
            return [];
        }

        var array = items.ToImmutableArray();
        MaxCount(array.Length, maxCount, field, label);
        var seen = new HashSet<T>(array.Length);
        for (var i = 0; i < array.Length; i++)
        {
            if (!isValid(array[i]))
            {
                throw Invalid($"{Capitalized(label)} must not contain null or a default (uncreated) value; index {i} holds one.", field);
            }

            if (!seen.Add(array[i]))
            {
                throw Invalid($"{Capitalized(label)} must not repeat an item; {Echo(array[i]?.ToString())} repeats at index {i}.", field);
            }
        }

        return array;
    }

    /// <summary>Requires a list of at most <paramref name="maxCount"/> items, so no input makes work or output unbounded.</summary>
    internal static void MaxCount(int count, int maxCount, [CallerArgumentExpression(nameof(count))] string? field = null, string? label = null)
    {
        if (count > maxCount)
        {
            throw Invalid($"{Capitalized(label ?? Words(field))} must have at most {Count(maxCount)} items; got {Count(count)}.", field);
        }
    }

    /// <summary>Requires a count of 0 or more.</summary>
    internal static long NotNegative(long value, string? label = null, [CallerArgumentExpression(nameof(value))] string? field = null)
        => value >= 0 ? value : throw OutOfRange($"{Capitalized(label ?? Words(field))} must be 0 or more; got {value.ToString(CultureInfo.InvariantCulture)}.", field, value);

    /// <summary>Requires a finite number from <paramref name="min"/> to <paramref name="max"/>; NaN and infinities are out of range.</summary>
    internal static double InRange(double value, double min, double max, string? label = null, [CallerArgumentExpression(nameof(value))] string? field = null)
        => value >= min && value <= max
            ? value
            : throw OutOfRange($"{Capitalized(label ?? Words(field))} must be a number from {Number(min)} to {Number(max)}; got {Number(value)}.", field, value);

    /// <summary>Requires an identifier that is safe in URLs and HTML ids: 1 to 128 ASCII letters, digits, '-', '_' or '.'.</summary>
    internal static string Identifier([NotNull] string? value, string? label = null, [CallerArgumentExpression(nameof(value))] string? field = null)
    {
        label ??= Words(field);
        if (value is null)
        {
            throw Null(label, field);
        }

        if (value.Length is 0 or > MaxIdentifierLength || value.AsSpan().ContainsAnyExcept(IdentifierChars))
        {
            throw Invalid($"{Capitalized(label)} must be 1 to {MaxIdentifierLength} ASCII letters, digits, '-', '_' or '.'; got {Echo(value)}.", field);
        }

        return value;
    }

    /// <summary>Requires a list of non-null items with distinct ids (ordinal), so that a ranking holds each item once and an id names one item.</summary>
    /// <param name="items">The list.</param>
    /// <param name="id">The id of an item.</param>
    /// <param name="field">The parameter's name.</param>
    /// <param name="label">The list as a user knows it, such as "answers"; the parameter's name in words by default.</param>
    /// <param name="hint">What to do instead, appended after a semicolon; optional.</param>
    internal static void DistinctIds<T>(IReadOnlyList<T> items, Func<T, string> id, string field, string? label = null, string? hint = null)
        where T : class
    {
        label ??= Words(field);
        var then = hint is null ? "." : "; " + hint + ".";
        var ids = new HashSet<string>(items.Count, StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                throw Invalid($"{Capitalized(label)} must not contain null; index {i} is null{then}", field);
            }

            if (!ids.Add(id(items[i])))
            {
                throw Invalid($"{Capitalized(label)} must have distinct ids; {Echo(id(items[i]))} repeats at index {i}{then}", field);
            }
        }
    }

    /// <summary>Requires a defined value of an enum, so a cast integer cannot smuggle in a state the model does not know.</summary>
    internal static TEnum Defined<TEnum>(TEnum value, string? label = null, [CallerArgumentExpression(nameof(value))] string? field = null)
        where TEnum : struct, Enum
        => Enum.IsDefined(value)
            ? value
            : throw OutOfRange($"{Capitalized(label ?? Words(field))} must be one of {string.Join(", ", Enum.GetNames<TEnum>())}; got {Echo(value.ToString())}.", field, value);

    /// <summary>The exception for a missing required value.</summary>
    internal static ArgumentNullException Null(string label, string? field)
        => new FieldArgumentNullException($"{Capitalized(label)} is required; got null.", field);

    /// <summary>The exception for a malformed value; <paramref name="message"/> is one line naming the field and what is allowed.</summary>
    internal static ArgumentException Invalid(string message, string? field)
        => new FieldArgumentException(message, field);

    /// <summary>The exception for a value out of its range; <paramref name="message"/> is one line naming the field and what is allowed.</summary>
    internal static ArgumentOutOfRangeException OutOfRange(string message, string? field, object? actualValue)
        => new FieldArgumentOutOfRangeException(message, field, actualValue);

    /// <summary>
    /// Input as a message repeats it: quoted, with quotes, backslashes, control, format and bidirectional characters
    /// escaped (<c>\n</c>, <c>\u202E</c>…), and cut at <see cref="MaxEchoLength"/> characters with its full length.
    /// </summary>
    internal static string Echo(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new StringBuilder(Math.Min(value.Length, MaxEchoLength) + 16).Append('"');
        var shown = Math.Min(value.Length, MaxEchoLength);
        if (shown < value.Length && char.IsHighSurrogate(value[shown - 1]))
        {
            shown--; // never cut a surrogate pair in half
        }

        for (var i = 0; i < shown; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"' or '\\':
                    builder.Append('\\').Append(c);
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    var category = char.GetUnicodeCategory(c);
                    var lone = char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < shown && char.IsLowSurrogate(value[i + 1]))
                        && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(value[i - 1]));
                    if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator || lone)
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
        if (shown < value.Length)
        {
            builder.Append(CultureInfo.InvariantCulture, $"… ({Count(value.Length)} characters)");
        }

        return builder.ToString();
    }

    /// <summary>A count as messages show it: "100,000" in every culture.</summary>
    internal static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A number as messages show it: invariant culture, shortest round-trip form ("4.9", "1E+30", "NaN").</summary>
    internal static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>An instant as messages show it: ISO 8601 round-trip with its offset ("2027-01-31T00:00:00.0000000+00:00"), in every culture.</summary>
    internal static string Instant(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>A parameter's name in words, for a message: "voterId" → "voter id", "request.VoterId" → "voter id".</summary>
    internal static string Words(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return "value";
        }

        var name = field[(field.LastIndexOf('.') + 1)..];
        var builder = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsAsciiLetterUpper(c) && builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : c);
        }

        return builder.ToString();
    }

    /// <summary>The label with its first letter upper-case, to start a sentence: "up votes" → "Up votes".</summary>
    internal static string Capitalized(string label)
        => label.Length == 0 || !char.IsAsciiLetterLower(label[0]) ? label : char.ToUpperInvariant(label[0]) + label[1..];

    /// <summary>The longest URL a model field accepts.</summary>
    internal const int MaxUrlLength = 2_000;

    /// <summary>
    /// Requires an absolute http or https URL of at most <see cref="MaxUrlLength"/> characters: no relative, file: or
    /// javascript: links. <paramref name="example"/> is a valid URL the message shows, such as "https://example.com/doctors/".
    /// </summary>
    internal static Uri HttpUrl([NotNull] Uri? value, string? label = null, string example = "https://example.com/page", [CallerArgumentExpression(nameof(value))] string? field = null)
    {
        label ??= Words(field);
        if (value is null)
        {
            throw Null(label, field);
        }

        // The length is checked first, so a huge URL is never echoed whole (Echo caps it anyway) nor inspected further.
        if (value.OriginalString.Length > MaxUrlLength)
        {
            throw Invalid($"{Capitalized(label)} must be at most {Count(MaxUrlLength)} characters; got {Count(value.OriginalString.Length)}.", field);
        }

        if (!value.IsAbsoluteUri || (value.Scheme != Uri.UriSchemeHttps && value.Scheme != Uri.UriSchemeHttp))
        {
            throw Invalid($"{Capitalized(label)} must be an absolute http or https URL, such as {example}; got {Echo(value.OriginalString)}.", field);
        }

        // System.Uri trims and escapes these, so its text would not be the URL given; a URL written out never holds them.
        return value.OriginalString.AsSpan().IndexOfAny(UrlBreakingChars) < 0
            ? value
            : throw Invalid($"{Capitalized(label)} must not contain white space or control characters (percent-encode them, as %20); got {Echo(value.OriginalString)}.", field);
    }

    /// <summary>Copies an optional sequence into an immutable array, rejecting nulls.</summary>
    internal static ImmutableArray<T> NotNullItems<T>(IEnumerable<T>? items, [CallerArgumentExpression(nameof(items))] string? field = null)
        where T : class
    {
        var array = items is null ? [] : items.ToImmutableArray();
        for (var i = 0; i < array.Length; i++)
        {
            if (array[i] is null)
            {
                throw Invalid($"The {field} must not contain null (at index {i}).", field);
            }
        }

        return array;
    }

    // Every char for which char.IsWhiteSpace or char.IsControl holds (the schema's [\p{Z}\p{Cc}]).
    private static readonly SearchValues<char> UrlBreakingChars = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(code => (char)code).Where(c => char.IsWhiteSpace(c) || char.IsControl(c))]);

    private static readonly SearchValues<char> IdentifierChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.");
}
