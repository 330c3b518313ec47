using MedQa.AspNetCore.Internal;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace MedQa.AspNetCore.Components;

/// <summary>
/// <c>&lt;MedQaThread Thread="thread" /&gt;</c>: the question, the ranked answers and the thread's medical disclaimer,
/// for static server rendering and every interactive render mode. The markup is <see cref="Rendering.MedQaHtmlRenderer"/>'s,
/// the same as the <c>&lt;medqa-thread&gt;</c> tag helper's.
/// </summary>
/// <remarks>Records the thread in <see cref="MedQaRequestContext"/> while it is shown, so a <see cref="MedQaDisclaimer"/> in the layout agrees with it.</remarks>
[RendersMedicalDisclaimer]
public sealed class MedQaThread : ComponentBase, IDisposable
{
    private readonly ThreadComponentState _state = new(includeDisclaimer: true);

    /// <summary>The thread to show; required.</summary>
    [Parameter]
    [EditorRequired]
    public QaThread? Thread { get; set; }

    [Inject]
    private IServiceProvider Services { get; set; } = null!;

    /// <summary>Releases the thread's disclaimer from the <see cref="MedQaRequestContext"/>.</summary>
    public void Dispose() => _state.Dispose();

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException"><see cref="Thread"/> is null, or AddMedQa was not called.</exception>
    protected override void OnParametersSet() => _state.Update(Thread, Services, nameof(MedQaThread));

    /// <inheritdoc/>
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddMarkupContent(0, _state.Html);
    }
}
