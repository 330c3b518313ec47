using MedQa.AspNetCore.Internal;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace MedQa.AspNetCore.Components;

/// <summary>
/// <c>&lt;MedQaAnswers Thread="thread" /&gt;</c>: the question and the ranked answers <em>without</em> the disclaimer, for
/// a page whose layout shows it with <see cref="MedQaDisclaimer"/> (MEDQA001 checks that it does); for static server
/// rendering and every interactive render mode. The markup is <see cref="Rendering.MedQaHtmlRenderer"/>'s,
/// the same as the <c>&lt;medqa-answers&gt;</c> tag helper's.
/// </summary>
/// <remarks>Records the thread in <see cref="MedQaRequestContext"/> while it is shown, so the layout's <see cref="MedQaDisclaimer"/> shows its disclaimer.</remarks>
[RequiresMedicalDisclaimer]
public sealed class MedQaAnswers : ComponentBase, IDisposable
{
    private readonly ThreadComponentState _state = new(includeDisclaimer: false);

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
    protected override void OnParametersSet() => _state.Update(Thread, Services, nameof(MedQaAnswers));

    /// <inheritdoc/>
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddMarkupContent(0, _state.Html);
    }
}
