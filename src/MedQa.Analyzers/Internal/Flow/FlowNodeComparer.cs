using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>Compares flow nodes: symbols (methods, fields, properties, parameters) by symbol, <see cref="ViewDataKey"/>s by key.</summary>
internal sealed class FlowNodeComparer : IEqualityComparer<object>
{
    public static readonly FlowNodeComparer Instance = new();

    [MethodImpl(HotPath.Optimized)]
    public new bool Equals(object? x, object? y)
        => x is ISymbol left && y is ISymbol right ? SymbolEqualityComparer.Default.Equals(left, right) : object.Equals(x, y);

    [MethodImpl(HotPath.Optimized)]
    public int GetHashCode(object obj) => obj is ISymbol symbol ? SymbolEqualityComparer.Default.GetHashCode(symbol) : obj.GetHashCode();
}
