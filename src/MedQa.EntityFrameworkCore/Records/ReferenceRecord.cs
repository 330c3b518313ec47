namespace MedQa.EntityFrameworkCore;

/// <summary>A source an answer cites (MedQa's <see cref="Reference"/>) as an owned row.</summary>
public sealed class ReferenceRecord
{
    /// <summary>The longest URL stored: what <see cref="Reference"/> accepts.</summary>
    public const int MaxUrlLength = 2_000;

    /// <summary>The source's title.</summary>
    public string Title { get; set; } = "";

    /// <summary>Where to read it (absolute http or https).</summary>
    public string Url { get; set; } = "";

    /// <summary>The row for a reference.</summary>
    /// <param name="reference">The reference.</param>
    /// <returns>A new value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> is null.</exception>
    public static ReferenceRecord From(Reference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return new ReferenceRecord { Title = reference.Title, Url = reference.Url.OriginalString };
    }

    /// <summary>The reference this row holds, validated again by <see cref="Reference"/>'s constructor.</summary>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException">The row holds a title or URL MedQa rejects.</exception>
    /// <exception cref="UriFormatException">The URL is not a URL at all.</exception>
    public Reference ToReference() => new(Title, new Uri(Url, UriKind.RelativeOrAbsolute));
}
