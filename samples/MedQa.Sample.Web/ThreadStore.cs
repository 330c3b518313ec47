using MedQa.EntityFrameworkCore;
using MedQa.Sample.Web.Storage;

namespace MedQa.Sample.Web;

/// <summary>What a lookup by slug found.</summary>
public enum ThreadLookupStatus
{
    /// <summary>The thread was found.</summary>
    Found,

    /// <summary>No thread has that slug.</summary>
    NotFound,

    /// <summary>The seed data could not be read on start-up; the reason was logged once.</summary>
    Unavailable,
}

/// <summary>The result of <see cref="ThreadStore.FindAsync"/>.</summary>
public readonly record struct ThreadLookup(ThreadLookupStatus Status, QaThread? Thread);

/// <summary>
/// The pages' view of the database: threads by slug (published answers only, current tallies) and the questions
/// list, or "unavailable" when the seed data file could not be read on start-up.
/// </summary>
public sealed class ThreadStore(MedQaStore store, SiteDataStatus status)
{
    /// <summary>Whether the data is usable.</summary>
    public bool IsAvailable => status.IsAvailable;

    /// <summary>Finds the thread whose question has the slug.</summary>
    public async Task<ThreadLookup> FindAsync(string? slug, CancellationToken cancellationToken = default)
    {
        if (!status.IsAvailable)
        {
            return new ThreadLookup(ThreadLookupStatus.Unavailable, null);
        }

        var thread = await store.FindThreadAsync(slug, cancellationToken);
        return thread is null ? new ThreadLookup(ThreadLookupStatus.NotFound, null) : new ThreadLookup(ThreadLookupStatus.Found, thread);
    }

    /// <summary>Every question, newest first; empty when the data is unavailable.</summary>
    public async Task<IReadOnlyList<QuestionSummary>> ListAsync(CancellationToken cancellationToken = default)
        => status.IsAvailable ? await store.ListQuestionsAsync(cancellationToken) : [];
}
