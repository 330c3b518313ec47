using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// What a walked body's summary reaches, for the closure of <see cref="SetAsideBodies"/>. By symbol: the methods it
/// calls or passes a value to and the handlers it registers (what they return, render and do with its arguments is
/// only known by walking them). By name: a callee that may dispatch to an override or an implementation, the
/// members it stores a value into (whoever reads them may show it; a constructor's parameter may be bound to the
/// member of its name), and its own identifier when its callers can
/// get something from it (a result, output, the disclaimer, or what its own callees give): callers and readers are
/// found by the identifiers their declarations hold.
/// </summary>
/// <remarks>
/// A member it only reads is not reached: a value that can be content reaches a member only by a store in a body
/// that is walked (whose summary reaches the member), by the member's marked type or marker (the declarations,
/// <see cref="DeclaredNames"/>), or by a property's getter with a body, which is a callee (an auto-property's is
/// not). Nor is a parameter: a caller that passes content has that content, and so is walked itself.
/// </remarks>
internal static class FlowNames
{
    /// <summary>Gives <paramref name="name"/> and <paramref name="method"/> everything <paramref name="summary"/> reaches (some more than once).</summary>
    public static void Of(MethodSummary summary, Action<string> name, Action<ISymbol> method)
    {
        if (summary.RendersDisclaimer || summary.Sinks.Count > 0 || summary.ReturnSites.Count > 0 || !summary.Returns.IsNone || summary.Callees.Count > 0)
        {
            Name(summary.Owner, name);
        }

        foreach (var callee in summary.Callees)
        {
            Callee(callee, name, method);
        }

        foreach (var handler in summary.HandlerMethods)
        {
            Callee(handler, name, method);
        }

        foreach (var call in summary.Calls)
        {
            if (!call.Argument.IsNone && call.Parameter is IParameterSymbol { ContainingSymbol: IMethodSymbol callee } parameter)
            {
                Callee(callee, name, method);
                if (callee.MethodKind == MethodKind.Constructor)
                {
                    name(parameter.Name); // a record's or primary constructor's parameter binds the member of its name
                }
            }
        }

        foreach (var write in summary.Writes)
        {
            if (!write.Value.IsNone && write.Node is ISymbol member)
            {
                Name(member, name);
            }
        }

        // A value that depends on a call's result: the callee (listed in Callees too, unless a lambda or delegate gave it).
        CalleesOf(summary.Returns, name, method);
        foreach (var sink in summary.Sinks)
        {
            CalleesOf(sink.Value, name, method);
        }
    }

    private static void CalleesOf(ContentValue value, Action<string> name, Action<ISymbol> method)
    {
        foreach (var node in value.Dependencies)
        {
            if (node is IMethodSymbol callee)
            {
                Callee(callee, name, method);
            }
        }
    }

    private static void Callee(IMethodSymbol callee, Action<string> name, Action<ISymbol> method)
    {
        if (callee.MethodKind == MethodKind.LocalFunction || IsAutoAccessor(callee))
        {
            return; // walked with its body; or a member's read, which a store reaches
        }

        method(callee.OriginalDefinition);
        if (callee.IsVirtual || callee.IsAbstract || callee.IsOverride || callee.ContainingType?.TypeKind == TypeKind.Interface
            || callee.PartialImplementationPart is not null || callee.PartialDefinitionPart is not null)
        {
            Name(callee, name); // the body that runs may be another symbol's of the same name
        }
    }

    // An auto-property's accessor (a record's positional property's too) has no body: reading it is reading a
    // member, which a store reaches, not a call.
    private static bool IsAutoAccessor(IMethodSymbol method)
    {
        if (method.AssociatedSymbol is not IPropertySymbol || method.DeclaringSyntaxReferences.IsEmpty)
        {
            return false;
        }

        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var syntax = reference.GetSyntax();
            if (!(syntax is ParameterSyntax || syntax is AccessorDeclarationSyntax { Body: null, ExpressionBody: null }))
            {
                return false;
            }
        }

        return true;
    }

    private static void Name(ISymbol symbol, Action<string> name)
    {
        if (CallNames.Of(symbol) is { Length: > 0 } identifier)
        {
            name(identifier);
        }
    }
}
