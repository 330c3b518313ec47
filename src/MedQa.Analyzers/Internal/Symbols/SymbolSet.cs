using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// APIs named by documentation ids (the format of BannedApiAnalyzers), resolved once to symbols: <c>T:</c> a type and
/// all its members, <c>M:</c> a method (without a parameter list: every overload of that exact name), <c>P:</c> a
/// property's accessors. Built-in and user-configured lists go through the same resolution.
/// </summary>
internal sealed class SymbolSet
{
    private readonly HashSet<ISymbol> _members = new(SymbolEqualityComparer.Default);
    private readonly HashSet<INamedTypeSymbol> _types = new(SymbolEqualityComparer.Default);

    public SymbolSet(Compilation compilation, IEnumerable<string> documentationIds)
    {
        foreach (var id in documentationIds)
        {
            Add(compilation, id.Trim());
        }
    }

    public bool IsEmpty => _members.Count == 0 && _types.Count == 0;

    /// <summary>Whether the method (its original, unreduced definition) is in the set, itself or through its type.</summary>
    public bool Contains(IMethodSymbol method)
    {
        var definition = RenderContext.DefinitionOf(method);
        if (_members.Contains(definition))
        {
            return true;
        }

        return definition.ContainingType is { } type && _types.Contains(type.OriginalDefinition);
    }

    /// <summary>Whether a method it overrides is in the set (an override of <c>TextWriter.Write</c> writes too).</summary>
    public bool ContainsOverridden(IMethodSymbol method)
    {
        for (var overridden = method.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
        {
            if (_members.Contains(overridden.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    private void Add(Compilation compilation, string id)
    {
        if (id.Length < 3 || id[1] != ':')
        {
            return;
        }

        if (id[0] == 'M' && id.IndexOf('(') < 0)
        {
            AddMethodGroup(compilation, id.Substring(2));
            return;
        }

        ImmutableArray<ISymbol> symbols;
        try
        {
            symbols = DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation);
        }
        catch (System.ArgumentException)
        {
            return; // A malformed id in .editorconfig names nothing.
        }

        foreach (var symbol in symbols)
        {
            AddSymbol(symbol);
        }
    }

    // "M:System.IO.TextWriter.Write": every overload named exactly Write (not WriteLine) of that type.
    private void AddMethodGroup(Compilation compilation, string qualifiedName)
    {
        var dot = qualifiedName.LastIndexOf('.');
        if (dot <= 0 || dot == qualifiedName.Length - 1)
        {
            return;
        }

        var name = qualifiedName.Substring(dot + 1);
        foreach (var type in TypeLookup.All(compilation, qualifiedName.Substring(0, dot)))
        {
            foreach (var member in type.GetMembers(name))
            {
                if (member is IMethodSymbol method)
                {
                    _members.Add(method.OriginalDefinition);
                }
            }
        }
    }

    private void AddSymbol(ISymbol symbol)
    {
        switch (symbol)
        {
            case INamedTypeSymbol type:
                _types.Add(type.OriginalDefinition);
                break;
            case IMethodSymbol method:
                _members.Add(method.OriginalDefinition);
                break;
            case IPropertySymbol property:
                if (property.GetMethod is not null)
                {
                    _members.Add(property.GetMethod.OriginalDefinition);
                }

                if (property.SetMethod is not null)
                {
                    _members.Add(property.SetMethod.OriginalDefinition);
                }

                break;
        }
    }
}
