namespace MedQa;

/// <summary>
/// Marks a method or property that renders the <see cref="MedicalDisclaimer"/>: calling it satisfies
/// the MedQa analyzer's rule MEDQA001 for the rendering unit that calls it.
/// </summary>
/// <remarks>
/// Host apps may put this attribute on their own helpers, partial views' models or components that
/// render the disclaimer.
/// </remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class RendersMedicalDisclaimerAttribute : Attribute;
