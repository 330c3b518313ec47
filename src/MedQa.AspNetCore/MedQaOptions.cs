using MedQa.Rendering;

namespace MedQa.AspNetCore;

/// <summary>
/// What <see cref="MedQaServiceCollectionExtensions.AddMedQa"/> configures: the disclaimer shown on pages that render
/// no thread, and how threads are rendered.
/// </summary>
/// <remarks>
/// Set once at startup through <c>AddMedQa(options => …)</c>; read per request by the tag helpers and components.
/// </remarks>
public sealed class MedQaOptions
{
    private MedicalDisclaimer _defaultDisclaimer = MedicalDisclaimer.Standard;
    private RenderOptions _render = RenderOptions.Default;

    /// <summary>
    /// The disclaimer that <c>&lt;medqa-disclaimer /&gt;</c> shows when the page rendered no thread:
    /// <see cref="MedicalDisclaimer.Standard"/> (US, 911) by default; <c>MedicalDisclaimer.ForRegion("GB")</c> for 999.
    /// A page that renders a thread always shows that thread's own disclaimer.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public MedicalDisclaimer DefaultDisclaimer
    {
        get => _defaultDisclaimer;
        set => _defaultDisclaimer = value ?? throw new ArgumentNullException(nameof(DefaultDisclaimer));
    }

    /// <summary>How the tag helpers and components render: the answers' order, heading levels, labels, encoder.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public RenderOptions Render
    {
        get => _render;
        set => _render = value ?? throw new ArgumentNullException(nameof(Render));
    }
}
