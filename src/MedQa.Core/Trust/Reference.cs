namespace MedQa;

/// <summary>A source an answer cites (JAMA's "attribution" benchmark): a title and an absolute http or https URL.</summary>
/// <remarks>Instances are immutable, validated at construction, and compare by value.</remarks>
public sealed record Reference
{
    /// <summary>Creates a reference.</summary>
    /// <param name="title">The source's title; non-blank, at most 200 characters.</param>
    /// <param name="url">Where to read it: an absolute http or https URL, at most 2,000 characters.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The title is blank or too long, or the URL is not absolute http(s) (the exception names it).</exception>
    public Reference(string title, Uri url)
    {
        Title = Guard.NotBlank(title, Guard.MaxLineLength);
        Url = Guard.HttpUrl(url, "reference URL", "https://medlineplus.gov/bloodclots.html");
    }

    /// <summary>The source's title.</summary>
    public string Title { get; }

    /// <summary>Where to read it (absolute http or https).</summary>
    public Uri Url { get; }
}
