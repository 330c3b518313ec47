using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace MedQa.Analyzers.Internal;

/// <summary>Object identity as equality (netstandard2.0 has no <c>ReferenceEqualityComparer</c>); contravariance lets it compare any reference type.</summary>
internal sealed class ReferenceComparer : IEqualityComparer<object>
{
    public static readonly ReferenceComparer Instance = new();

    private ReferenceComparer()
    {
    }

    public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

    public int GetHashCode(object obj) => RuntimeHelpers.GetHashCode(obj);
}
