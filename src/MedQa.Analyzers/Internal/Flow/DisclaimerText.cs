using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// Writing MedQa's own <c>MedicalDisclaimer</c> (the value, its <c>Text</c>, its statements) to a sink renders the
/// disclaimer, as calling a <c>[RendersMedicalDisclaimer]</c> member does.
/// </summary>
internal static class DisclaimerText
{
    private const int MaxDepth = 8;

    public static bool IsWritten(RenderContext context, IOperation value) => Mentions(context.Types.MedicalDisclaimer, value, 0);

    private static bool Mentions(INamedTypeSymbol? disclaimer, IOperation? operation, int depth)
    {
        if (disclaimer is null || operation is null || depth > MaxDepth)
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(operation.Type, disclaimer))
        {
            return true;
        }

        switch (operation)
        {
            case IPropertyReferenceOperation property:
                return SymbolEqualityComparer.Default.Equals(property.Property.ContainingType, disclaimer);
            case IConversionOperation conversion:
                return Mentions(disclaimer, conversion.Operand, depth + 1);
            case IInvocationOperation invocation:
                if (Mentions(disclaimer, invocation.Instance, depth + 1))
                {
                    return true;
                }

                foreach (var argument in invocation.Arguments)
                {
                    if (Mentions(disclaimer, argument.Value, depth + 1))
                    {
                        return true;
                    }
                }

                return false;
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolationOperation interpolation && Mentions(disclaimer, interpolation.Expression, depth + 1))
                    {
                        return true;
                    }
                }

                return false;
            case IObjectCreationOperation creation:
                foreach (var argument in creation.Arguments)
                {
                    if (Mentions(disclaimer, argument.Value, depth + 1))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }
}
