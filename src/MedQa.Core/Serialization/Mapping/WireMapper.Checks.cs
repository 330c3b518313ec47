using System.Diagnostics.CodeAnalysis;

namespace MedQa.Serialization;

// The reader's checks shared by every wire type: required values, bounded lists, and model errors at their path.
internal static partial class WireMapper
{
    // Checked before any item is mapped, at the array's path, so an oversize list costs no model work.
    [return: NotNullIfNotNull(nameof(list))]
    private static List<T>? Bounded<T>(List<T>? list, int maxCount, string path)
        => list is null || list.Count <= maxCount
            ? list
            : throw new MedQaJsonException($"The list has {list.Count} items; the format allows at most {maxCount}.", path);

    private static T Required<T>([NotNull] T? value, string path)
        where T : class
        => value ?? throw new MedQaJsonException("The value is required and must not be null.", path);

    private static T Required<T>([NotNull] T? value, string path)
        where T : struct
        => value ?? throw new MedQaJsonException("The value is required and must not be null.", path);

    /// <summary>Runs a model constructor, reporting its <see cref="ArgumentException"/> at the path of the field it names.</summary>
    private static T Model<T>(Func<T> create, string path, params string[] fields)
    {
        try
        {
            return create();
        }
        catch (ArgumentException exception)
        {
            var field = FieldName(exception.ParamName);
            var at = field is not null && fields.Contains(field) ? path + "." + field : path;
            // The model writes its own one-line messages (Guard): no runtime suffix to strip.
            throw new MedQaJsonException(exception.Message, at, exception);
        }
    }

    // "title", or the innermost name of an expression such as "Guard.NotBlank(title)".
    private static string? FieldName(string? paramName)
    {
        if (paramName is null)
        {
            return null;
        }

        var open = paramName.LastIndexOf('(');
        var inner = open < 0 ? paramName : paramName[(open + 1)..].TrimEnd(')');
        return inner.Length > 0 && inner.All(char.IsAsciiLetterOrDigit) ? inner : null;
    }
}
