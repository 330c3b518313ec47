namespace MedQa;

/// <summary>
/// Marks a type or member whose value is physicians' answer content: a page that renders it must also
/// render the <see cref="MedicalDisclaimer"/>.
/// </summary>
/// <remarks>
/// The MedQa analyzer (MEDQA001) reports rendering code that writes a value read from a marked member,
/// or from a member of a marked type, without rendering the disclaimer. Host apps may put this attribute
/// on their own view models.
/// </remarks>
[AttributeUsage(
    AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface |
    AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Method,
    Inherited = true,
    AllowMultiple = false)]
public sealed class RequiresMedicalDisclaimerAttribute : Attribute;
