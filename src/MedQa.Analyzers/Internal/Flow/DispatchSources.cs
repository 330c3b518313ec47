using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// The methods a call of which may run a given body: those it overrides and the interface members it implements.
/// A call names one of those (<c>view.Show(writer, a.Body)</c> on an <c>IAnswerView</c>), so what the body does
/// with its parameters is what the call does with its arguments (<see cref="FlowGraph"/>).
/// </summary>
internal static class DispatchSources
{
    /// <summary>Adds to <paramref name="sources"/> the original definitions <paramref name="method"/> overrides or implements.</summary>
    public static void Add(IMethodSymbol method, List<IMethodSymbol> sources)
    {
        if (method.IsStatic || method.MethodKind is not (MethodKind.Ordinary or MethodKind.ExplicitInterfaceImplementation))
        {
            return;
        }

        // Bounded by the depth of the type's bases (the compiler rejects a cycle).
        for (var overridden = method.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
        {
            sources.Add(overridden.OriginalDefinition);
        }

        foreach (var implemented in method.ExplicitInterfaceImplementations)
        {
            sources.Add(implemented.OriginalDefinition);
        }

        if (method.MethodKind != MethodKind.Ordinary || method.DeclaredAccessibility != Accessibility.Public || method.ContainingType is not { } type)
        {
            return; // only a public method implements an interface member implicitly
        }

        foreach (var contract in type.AllInterfaces)
        {
            foreach (var member in contract.GetMembers(method.Name))
            {
                if (member is IMethodSymbol candidate
                    && candidate.Parameters.Length == method.Parameters.Length
                    && SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate), method))
                {
                    sources.Add(candidate.OriginalDefinition);
                }
            }
        }
    }
}
