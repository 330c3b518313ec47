using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// Numbers, booleans, enums and dates (and their nullable forms): a value of one of these is never answer content
/// (ids, counts, votes, dates), so the walker does not record it to be evaluated. Characters are not among them: a
/// <c>char</c> of an answer's body is a piece of it.
/// </summary>
internal static class ScalarTypes
{
    /// <summary>Whether <paramref name="type"/> is one of them; false for <see langword="null"/> (a typeless null literal, a lambda).</summary>
    public static bool IsScalar(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return true;
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean:
            case SpecialType.System_SByte:
            case SpecialType.System_Byte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Decimal:
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_IntPtr:
            case SpecialType.System_UIntPtr:
            case SpecialType.System_DateTime:
                return true;
            case SpecialType.None when type is INamedTypeSymbol { IsValueType: true, TypeArguments.Length: 1 } named
                && named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T:
                return IsScalar(named.TypeArguments[0]);
            default:
                return false;
        }
    }
}
