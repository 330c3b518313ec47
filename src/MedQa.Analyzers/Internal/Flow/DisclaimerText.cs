using System.Collections.Immutable;
using System.Runtime.CompilerServices;
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

    // Asked of every value written to a sink and of its parts. A literal (a string, a number, null) is never the
    // disclaimer: a bare literal argument (Razor's WriteLiteral("<p>")) is no longer kept by the walker
    // (MethodWalker.VisitInvocation), and a literal part is answered here before the symbol comparison, which cost
    // Razor views' bodies a seventh of their walk (benchmarks/analyzer/history/session-15.md). The rest goes by kind, then
    // one cast, as the walkers do: a chain of interface type tests costs a failed cast per case passed.
    [MethodImpl(HotPath.Optimized)]
    private static bool Mentions(INamedTypeSymbol? disclaimer, IOperation? operation, int depth)
    {
        if (disclaimer is null || operation is null || depth > MaxDepth)
        {
            return false;
        }

        var kind = operation.Kind;
        if (kind == OperationKind.Literal)
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(operation.Type, disclaimer))
        {
            return true;
        }

        switch (kind)
        {
            case OperationKind.PropertyReference:
                return SymbolEqualityComparer.Default.Equals(((IPropertyReferenceOperation)operation).Property.ContainingType, disclaimer);
            case OperationKind.Conversion:
                return Mentions(disclaimer, ((IConversionOperation)operation).Operand, depth + 1);
            case OperationKind.Invocation:
                var invocation = (IInvocationOperation)operation;
                return Mentions(disclaimer, invocation.Instance, depth + 1) || AnyMentions(disclaimer, invocation.Arguments, depth);
            case OperationKind.InterpolatedString:
                foreach (var part in ((IInterpolatedStringOperation)operation).Parts)
                {
                    if (part is IInterpolationOperation interpolation && Mentions(disclaimer, interpolation.Expression, depth + 1))
                    {
                        return true;
                    }
                }

                return false;
            case OperationKind.ObjectCreation:
                return AnyMentions(disclaimer, ((IObjectCreationOperation)operation).Arguments, depth);
            default:
                return false;
        }
    }

    private static bool AnyMentions(INamedTypeSymbol disclaimer, ImmutableArray<IArgumentOperation> arguments, int depth)
    {
        foreach (var argument in arguments)
        {
            if (Mentions(disclaimer, argument.Value, depth + 1))
            {
                return true;
            }
        }

        return false;
    }
}
