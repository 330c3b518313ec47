namespace MedQa.AspNetCore;

/// <summary>
/// The medical disclaimers of the threads shown in one request (or one Blazor circuit), so that the layout's
/// <c>&lt;medqa-disclaimer /&gt;</c> or <c>&lt;MedQaDisclaimer /&gt;</c> shows the disclaimer of the thread the page
/// rendered (a UK thread's 999, never the default's 911) with no <c>ViewData</c> plumbing.
/// </summary>
/// <remarks>
/// Registered as a scoped service by <see cref="MedQaServiceCollectionExtensions.AddMedQa"/>. MedQa's tag helpers and
/// components record their thread here; a page that renders a thread some other way (a renderer called directly)
/// calls <see cref="Record"/> itself. Not thread-safe: a request, like a circuit, renders on one thread at a time.
/// </remarks>
public sealed class MedQaRequestContext
{
    /// <summary>How many different disclaimers one request may show: a page mixing more regions than this is a mistake.</summary>
    public const int MaxDisclaimers = 8;

    // Parallel lists, at most MaxDisclaimers long: a disclaimer and how many live renderings show it (components
    // release theirs when disposed, so an interactive layout stops showing a thread that was navigated away from).
    private readonly List<MedicalDisclaimer> _disclaimers = [];
    private readonly List<int> _uses = [];

    /// <summary>Raised when <see cref="Disclaimers"/> changes, so that a Blazor disclaimer rendered earlier re-renders.</summary>
    public event EventHandler? Changed;

    /// <summary>The distinct disclaimers of the threads shown so far, in the order they were first recorded; empty when none.</summary>
    public IReadOnlyList<MedicalDisclaimer> Disclaimers => _disclaimers;

    /// <summary>Records that <paramref name="thread"/> is shown in this request, so its disclaimer is shown too.</summary>
    /// <param name="thread">The thread shown.</param>
    /// <exception cref="ArgumentNullException"><paramref name="thread"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The request already shows <see cref="MaxDisclaimers"/> different disclaimers.</exception>
    public void Record(QaThread thread)
    {
        ArgumentNullException.ThrowIfNull(thread);
        var index = _disclaimers.IndexOf(thread.Disclaimer);
        if (index >= 0)
        {
            _uses[index]++;
            return;
        }

        if (_disclaimers.Count == MaxDisclaimers)
        {
            throw new InvalidOperationException(
                $"One request may show at most {MaxDisclaimers} different medical disclaimers; thread '{Truncate(thread.Question.Id)}' would add another.");
        }

        _disclaimers.Add(thread.Disclaimer);
        _uses.Add(1);
        Changed?.Invoke(this, EventArgs.Empty);
    }

    /// <summary>Undoes one <see cref="Record"/> of a thread whose rendering went away (a disposed component).</summary>
    internal void Release(QaThread thread)
    {
        var index = _disclaimers.IndexOf(thread.Disclaimer);
        if (index < 0)
        {
            return;
        }

        if (--_uses[index] == 0)
        {
            _disclaimers.RemoveAt(index);
            _uses.RemoveAt(index);
            Changed?.Invoke(this, EventArgs.Empty);
        }
    }

    private static string Truncate(string id) => id.Length <= 64 ? id : id[..64] + "…";
}
