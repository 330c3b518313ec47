namespace MedQa.Sample.Web.Storage;

/// <summary>
/// Whether the site's data is usable: false when the first-run seed data file could not be read, so that pages
/// answer 503 "unavailable" (with one log line for the operator) instead of showing an empty site.
/// </summary>
public sealed class SiteDataStatus
{
    /// <summary>Whether the data is usable.</summary>
    public bool IsAvailable { get; set; } = true;
}
