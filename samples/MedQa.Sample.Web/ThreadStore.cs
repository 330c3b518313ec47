using MedQa.Serialization;
using Microsoft.Extensions.Options;

namespace MedQa.Sample.Web;

/// <summary>Where the sample reads its Q&amp;A data: the <c>MedQa</c> configuration section.</summary>
public sealed class SampleDataOptions
{
    /// <summary>The thread in MedQa's JSON wire format; relative paths are resolved against the content root.</summary>
    public string DataFile { get; set; } = "Data/seed-thread.json";

    /// <summary>More threads, one file each (appsettings.json adds the UK thread); all files load, or none.</summary>
    public IList<string> AdditionalDataFiles { get; } = [];
}

/// <summary>What a lookup by slug found.</summary>
public enum ThreadLookupStatus
{
    /// <summary>The thread was found.</summary>
    Found,

    /// <summary>No thread has that slug.</summary>
    NotFound,

    /// <summary>The data file could not be read or is not valid wire format; the reason is logged once.</summary>
    Unavailable,
}

/// <summary>The result of <see cref="ThreadStore.Find"/>.</summary>
public readonly record struct ThreadLookup(ThreadLookupStatus Status, QaThread? Thread);

/// <summary>
/// Loads the data file once, on first use, and finds threads by their question's slug. A missing or corrupt
/// file does not stop the app: it is logged once, and every lookup reports <see cref="ThreadLookupStatus.Unavailable"/>
/// until the app restarts.
/// </summary>
public sealed class ThreadStore
{
    private readonly Lazy<IReadOnlyDictionary<string, QaThread>?> _threads;

    /// <summary>Creates the store; nothing is read until the first lookup.</summary>
    public ThreadStore(IOptions<SampleDataOptions> options, IHostEnvironment environment, ILogger<ThreadStore> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        var paths = options.Value.AdditionalDataFiles.Prepend(options.Value.DataFile)
            .Select(file => Path.GetFullPath(file, environment.ContentRootPath))
            .ToArray();
        _threads = new Lazy<IReadOnlyDictionary<string, QaThread>?>(() => Load(paths, logger));
    }

    /// <summary>Every thread, or an empty list when the data file is unavailable.</summary>
    public IReadOnlyCollection<QaThread> All => _threads.Value?.Values.ToArray() ?? [];

    /// <summary>Whether the data file was loaded.</summary>
    public bool IsAvailable => _threads.Value is not null;

    /// <summary>Finds the thread whose question has the slug (its id), ordinal case-insensitively.</summary>
    public ThreadLookup Find(string? slug)
    {
        var threads = _threads.Value;
        if (threads is null)
        {
            return new ThreadLookup(ThreadLookupStatus.Unavailable, null);
        }

        return slug is not null && threads.TryGetValue(slug, out var thread)
            ? new ThreadLookup(ThreadLookupStatus.Found, thread)
            : new ThreadLookup(ThreadLookupStatus.NotFound, null);
    }

    private static Dictionary<string, QaThread>? Load(IEnumerable<string> paths, ILogger logger)
    {
        var threads = new Dictionary<string, QaThread>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in paths)
        {
            try
            {
                var thread = MedQaJson.Deserialize(File.ReadAllBytes(path));
                logger.LogInformation("Loaded the MedQa data file {DataFile}: /questions/{Slug}", path, thread.Question.Id);
                threads[thread.Question.Id] = thread;
            }
            catch (Exception exception) when (exception is MedQaJsonException or IOException or UnauthorizedAccessException)
            {
                // One clear line for the operator; the visitor sees the error page, never this.
                logger.LogError("The MedQa data file {DataFile} could not be loaded: {Reason}", path, exception.Message);
                return null;
            }
        }

        return threads;
    }
}
