namespace MedQa.Serialization;

/// <summary>Facts about the page that the thread does not hold, for <see cref="SchemaOrgJsonLd"/>: its URL, its dates, profile links.</summary>
/// <remarks>Every URL is the host's configuration, never data from the thread. Instances are immutable.</remarks>
public sealed record JsonLdOptions
{
    private readonly Uri? _pageUrl;
    private readonly Uri? _physicianProfileBaseUrl;

    /// <summary>The options with nothing set: no URLs, no page dates, compact JSON.</summary>
    public static JsonLdOptions Default { get; } = new();

    /// <summary>
    /// The page's absolute http(s) URL, written as the page's <c>@id</c> and <c>url</c>; each answer's <c>url</c> is
    /// this URL with the fragment <c>#answer-{answer id}</c>, the id <see cref="Rendering.MedQaHtmlRenderer"/> gives the
    /// answer's element. Any fragment of the given URL is dropped.
    /// </summary>
    /// <exception cref="ArgumentException">The URL is not absolute http or https.</exception>
    public Uri? PageUrl
    {
        get => _pageUrl;
        init => _pageUrl = value is null ? null : new Uri(HttpUrl(value, nameof(PageUrl)).GetLeftPart(UriPartial.Query));
    }

    /// <summary>
    /// Where physicians' profiles live, such as <c>https://example.com/doctors/</c>: a named author's <c>url</c> is this
    /// URL followed by the physician's (URL-safe) id. Unset, authors get no <c>url</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The URL is not absolute http or https.</exception>
    public Uri? PhysicianProfileBaseUrl
    {
        get => _physicianProfileBaseUrl;
        init => _physicianProfileBaseUrl = value is null ? null : HttpUrl(value, nameof(PhysicianProfileBaseUrl));
    }

    /// <summary>When the page was first published (the page's <c>datePublished</c>), when known.</summary>
    public DateTimeOffset? DatePublished { get; init; }

    /// <summary>When the page was last modified (the page's <c>dateModified</c>), when known.</summary>
    public DateTimeOffset? DateModified { get; init; }

    /// <summary>Whether to indent the JSON for people to read; compact by default.</summary>
    public bool Indented { get; init; }

    private static Uri HttpUrl(Uri value, string field)
        => value.IsAbsoluteUri && (value.Scheme == Uri.UriSchemeHttps || value.Scheme == Uri.UriSchemeHttp)
            ? value
            : throw new ArgumentException("The URL must be absolute, with the http or https scheme.", field);
}
