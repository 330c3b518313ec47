using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// The object by which a type's answers are memoized by reference (<see cref="SharedMemo{TKey}"/>): the one object
/// the compiler keeps for the type, which carries its default top-level nullable annotation (none for a reference
/// type, not-annotated for a value type).
/// </summary>
/// <remarks>
/// With nullable reference types on, the compiler gives the type of nearly every operation as a new object with the
/// operation's annotation: in the benchmark project, 8,253 uses of <c>string</c> were 8,253 objects, and 5,136 of a
/// class of the project's were 5,136. Keyed by those, the memo's by-reference level missed at nearly every ask and
/// kept every object: its type facts held 6,641 objects for 279 types (benchmarks/analyzer/history/session-10.md). The type
/// with its default annotation is one object per type (a constructed generic type is still one per construction). No
/// answer of the memo depends on a top-level annotation: its second level compares types by
/// <see cref="SymbolEqualityComparer.Default"/>, which ignores them.
/// </remarks>
internal static class TypeKey
{
    [MethodImpl(HotPath.Optimized)]
    public static ITypeSymbol Of(ITypeSymbol type)
    {
        var canonical = type.IsValueType ? NullableAnnotation.NotAnnotated : NullableAnnotation.None;
        return type.NullableAnnotation == canonical ? type : type.WithNullableAnnotation(canonical);
    }
}
