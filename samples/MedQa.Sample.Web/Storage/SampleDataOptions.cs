namespace MedQa.Sample.Web.Storage;

/// <summary>
/// The threads the database is seeded with on first run: the <c>MedQa</c> configuration section. Each file is in
/// MedQa's JSON wire format; relative paths are resolved against the content root.
/// </summary>
public sealed class SampleDataOptions
{
    /// <summary>The seed thread.</summary>
    public string DataFile { get; set; } = "Data/seed-thread.json";

    /// <summary>More threads, one file each.</summary>
    public IList<string> AdditionalDataFiles { get; } = [];

    /// <summary>Development only: how many extra demo voters ("voter-01", …) to create, for load tests.</summary>
    public int DemoVoters { get; set; }
}
