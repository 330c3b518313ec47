namespace MedQa.Serialization;

/// <summary>Facts about the page that the thread does not hold, for <see cref="SchemaOrgJsonLd"/>: its URL, its dates, profile links (for a thread's page or a physician's profile page).</summary>
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
    /// <exception cref="ArgumentException">The URL is not absolute http or https (the exception names <see cref="PageUrl"/>).</exception>
    public Uri? PageUrl
    {
        get => _pageUrl;
        init => _pageUrl = value is null ? null : new Uri(HttpUrl(value, "Page URL", nameof(PageUrl)).GetLeftPart(UriPartial.Query));
    }

    /// <summary>
    /// Where physicians' profiles live, such as <c>https://example.com/doctors/</c>: a named author without a
    /// <see cref="Physician.ProfileUrl"/> of their own gets as <c>url</c> this URL's path joined with the physician's
    /// (URL-safe) id, <c>https://example.com/doctors/jane-roe</c>, with or without the trailing slash given here (it is
    /// stored with one). Unset, only authors with their own profile URL get a <c>url</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The URL is not absolute http or https, or has a query or a fragment (the exception names <see cref="PhysicianProfileBaseUrl"/>).</exception>
    public Uri? PhysicianProfileBaseUrl
    {
        get => _physicianProfileBaseUrl;
        init => _physicianProfileBaseUrl = value is null ? null : ProfileBase(value);
    }

    /// <summary>When the page was first published (the page's <c>datePublished</c>), when known.</summary>
    public DateTimeOffset? DatePublished { get; init; }

    /// <summary>When the page was last modified (the page's <c>dateModified</c>), when known.</summary>
    public DateTimeOffset? DateModified { get; init; }

    /// <summary>Whether to indent the JSON for people to read; compact by default.</summary>
    public bool Indented { get; init; }

    /// <summary>The profile URL of a physician: the base's path joined with the id as one segment; null for "." or "..", which a browser would resolve to another path.</summary>
    internal string? ProfileUrl(string physicianId)
        => _physicianProfileBaseUrl is null || physicianId is "." or ".."
            ? null
            : _physicianProfileBaseUrl.AbsoluteUri + physicianId;

    private static Uri HttpUrl(Uri value, string label, string field) => Guard.HttpUrl(value, label, Example(field), field);

    // Segments are joined after the base's path, so the base can have no query or fragment; a missing final '/'
    // is added, since "https://example.com/doctors" + "jane-roe" must not become ".../doctorsjane-roe".
    private static Uri ProfileBase(Uri value)
    {
        const string label = "Physician profile base URL";
        HttpUrl(value, label, nameof(PhysicianProfileBaseUrl));
        if (value.Query.Length > 0 || value.Fragment.Length > 0)
        {
            throw Guard.Invalid(
                $"{label} must have no query or fragment, since each profile's URL is this path + '/' + the physician's id, such as {Example(nameof(PhysicianProfileBaseUrl))}; got {Guard.Echo(value.OriginalString)}.",
                nameof(PhysicianProfileBaseUrl));
        }

        return value.AbsolutePath.EndsWith('/') ? value : new Uri(value.GetLeftPart(UriPartial.Path) + "/");
    }

    private static string Example(string field)
        => field == nameof(PageUrl) ? "https://example.com/questions/blood-clots-sclerotherapy" : "https://example.com/doctors/";
}
