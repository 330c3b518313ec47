using MedQa.AspNetCore.Internal;

namespace MedQa.AspNetCore.Components;

/// <summary>
/// What <see cref="MedQaThread"/> and <see cref="MedQaAnswers"/> share: the thread recorded in the request context
/// while shown, and its markup, rendered again only when the thread changes (an interactive re-render is free).
/// </summary>
internal sealed class ThreadComponentState(bool includeDisclaimer) : IDisposable
{
    private MedQaRequestContext? _context;
    private QaThread? _thread;

    /// <summary>The markup of the current thread.</summary>
    public string Html { get; private set; } = "";

    /// <summary>Takes the component's new <c>Thread</c> parameter.</summary>
    /// <exception cref="InvalidOperationException">The thread is null, or AddMedQa was not called.</exception>
    public void Update(QaThread? thread, IServiceProvider services, string component)
    {
        if (thread is null)
        {
            throw new InvalidOperationException(
                $"<{component}> needs a thread: write <{component} Thread=\"thread\" /> with a non-null thread (the Thread parameter was null).");
        }

        if (ReferenceEquals(thread, _thread))
        {
            return;
        }

        var resolved = MedQaServices.From(services, $"<{component}>");
        // Markup strings are how a Blazor render tree holds prerendered HTML; the renderer's own encoding applies.
        Html = includeDisclaimer ? resolved.Renderer.Render(thread) : resolved.Renderer.RenderAnswers(thread);
        resolved.Context.Record(thread);
        Release();
        _context = resolved.Context;
        _thread = thread;
    }

    /// <summary>Releases the thread from the request context.</summary>
    public void Dispose() => Release();

    private void Release()
    {
        if (_thread is not null)
        {
            _context?.Release(_thread);
        }

        _thread = null;
    }
}
