using MedQa.AspNetCore.Internal;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace MedQa.AspNetCore.Components;

/// <summary>
/// <c>&lt;MedQaDisclaimer /&gt;</c>: the medical disclaimer of the thread(s) shown by <see cref="MedQaThread"/> or
/// <see cref="MedQaAnswers"/> in this request (or circuit), else <see cref="MedQaOptions.DefaultDisclaimer"/>. Put it
/// once in the layout: a UK thread's page then shows 999, a US thread's 911.
/// </summary>
/// <remarks>
/// A layout renders before its page's components, so the disclaimer re-renders when a thread is recorded after it
/// (<see cref="MedQaRequestContext.Changed"/>): in static rendering before the response is written, interactively
/// as the page changes. Each distinct disclaimer is rendered once.
/// </remarks>
[RendersMedicalDisclaimer]
public sealed class MedQaDisclaimer : ComponentBase, IDisposable
{
    private MedQaServices _services;

    [Inject]
    private IServiceProvider Services { get; set; } = null!;

    /// <summary>Stops following the request context.</summary>
    public void Dispose()
    {
        if (_services.Context is { } context)
        {
            context.Changed -= OnChanged;
        }
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">AddMedQa was not called.</exception>
    protected override void OnInitialized()
    {
        _services = MedQaServices.From(Services, "<MedQaDisclaimer>");
        _services.Context.Changed += OnChanged;
    }

    /// <inheritdoc/>
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var shown = _services.Context.Disclaimers;
        if (shown.Count == 0)
        {
            builder.AddMarkupContent(0, _services.Renderer.RenderDisclaimer(_services.Options.DefaultDisclaimer));
            return;
        }

        for (var i = 0; i < shown.Count; i++)
        {
            builder.AddMarkupContent(1, _services.Renderer.RenderDisclaimer(shown[i]));
        }
    }

    private void OnChanged(object? sender, EventArgs e) => _ = InvokeAsync(StateHasChanged);
}
