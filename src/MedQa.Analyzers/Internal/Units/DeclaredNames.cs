using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// What declarations give the closure of <see cref="SetAsideBodies"/>, read once at the compilation end and only
/// when a body was set aside: the names of marked declarations (the compilation's own, and those of the assemblies
/// that can carry a marker), and, for each field, property, event and body-less method of the compilation, its name
/// with the identifiers of its declaration. Such a member is reached when its declaration names a reached name (a
/// property of a marked type, a service field of a type the flow constructs), and code reads it by its own name.
/// </summary>
internal static class DeclaredNames
{
    /// <summary>Gives <paramref name="reach"/> the marked declarations' names; returns the members to index.</summary>
    [MethodImpl(HotPath.RunOnce)]
    public static List<Declaration> Collect(RenderContext context, Action<string> reach, CancellationToken cancellationToken)
    {
        var declarations = new List<Declaration>();
        var chunk = new char[1024];
        var runs = new List<uint>();
        var compilation = context.Compilation;
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(compilation.Assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var container = pending.Pop();
            if (container is INamespaceSymbol ns)
            {
                foreach (var member in ns.GetMembers())
                {
                    pending.Push(member);
                }
            }
            else
            {
                AddSourceType(context, (INamedTypeSymbol)container, pending, reach, declarations, chunk, runs);
            }
        }

        foreach (var assembly in context.Markers.Carriers.Assemblies)
        {
            if (!SymbolEqualityComparer.Default.Equals(assembly, compilation.Assembly))
            {
                AddMarkedOf(context.Markers, assembly.GlobalNamespace, reach, assembly.GivesAccessTo(compilation.Assembly));
            }
        }

        return declarations;
    }

    private static void AddSourceType(
        RenderContext context, INamedTypeSymbol type, Stack<INamespaceOrTypeSymbol> nested, Action<string> reach, List<Declaration> declarations, char[] chunk, List<uint> runs)
    {
        var markers = context.Markers;

        // A plain class (no base, interface or attribute) carries no marker of its own or by inheritance.
        var typeMarked = !TypeRelations.IsPlainClass(type) && (markers.IsMarkedType(type) || markers.RendersDisclaimer(type));
        if (typeMarked)
        {
            reach(type.Name);
        }

        foreach (var member in type.GetMembers())
        {
            if (member is INamedTypeSymbol inner)
            {
                nested.Push(inner);
                continue;
            }

            if (member.IsImplicitlyDeclared || member is IMethodSymbol { AssociatedSymbol: not null } || CallNames.Of(member) is not { } name)
            {
                continue; // an accessor's marks are its property's, which is a member too
            }

            var isDeclaration = member is IFieldSymbol or IPropertySymbol or IEventSymbol
                || member is IMethodSymbol { IsAbstract: true } or IMethodSymbol { IsExtern: true } or IMethodSymbol { IsPartialDefinition: true, PartialImplementationPart: null };
            if (!isDeclaration)
            {
                // A method with a body: only its marks (an override's are its base member's, reached by the same name).
                if (typeMarked || !member.GetAttributes().IsEmpty && markers.MarksOf(member) != MemberMarks.None)
                {
                    reach(name);
                    reach(type.Name);
                }

                continue;
            }

            foreach (var reference in member.DeclaringSyntaxReferences)
            {
                var syntax = reference.GetSyntax();
                var declaration = syntax is ParameterSyntax ? syntax : syntax.FirstAncestorOrSelf<MemberDeclarationSyntax>() ?? syntax;
                if (typeMarked || HasAttributes(declaration) && markers.MarksOf(member) != MemberMarks.None)
                {
                    reach(name);
                    reach(type.Name);
                }

                runs.Clear();
                if (IdentifierPrefilter.TryCollectRuns(declaration.SyntaxTree.GetText(), declaration.Span, chunk, runs))
                {
                    declarations.Add(new Declaration(name, runs.ToArray()));
                }
                else
                {
                    reach(name); // a Unicode escape: its names are not its characters
                }
            }
        }
    }

    private static bool HasAttributes(SyntaxNode declaration) => declaration switch
    {
        MemberDeclarationSyntax member => member.AttributeLists.Count > 0,
        ParameterSyntax parameter => parameter.AttributeLists.Count > 0,
        _ => true,
    };

    // A carrier assembly's marked members (and every member of a marked type that marks none: all its text is
    // content, RenderContext's AllTextIsContent), by the names code uses them by.
    private static void AddMarkedOf(Markers markers, INamespaceOrTypeSymbol container, Action<string> reach, bool seesInternals)
    {
        foreach (var member in container.GetMembers())
        {
            if (member.DeclaredAccessibility is Accessibility.Private || member.DeclaredAccessibility is Accessibility.Internal && !seesInternals)
            {
                continue;
            }

            if (member is INamespaceOrTypeSymbol nested)
            {
                AddMarkedOf(markers, nested, reach, seesInternals);
            }
            else if (container is INamedTypeSymbol type
                && (markers.MarksOf(member) != MemberMarks.None || markers.IsMarkedType(type) && !markers.MarksMembers(type))
                && CallNames.Of(member) is { } name)
            {
                reach(name);
            }
        }
    }

    /// <summary>A member's name and the hashes of its declaration's identifiers.</summary>
    internal sealed class Declaration(string name, uint[] runs)
    {
        public string Name { get; } = name;

        public uint[] Runs { get; } = runs;
    }
}
