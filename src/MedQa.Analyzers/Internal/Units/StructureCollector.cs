using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// Collects the Razor/MVC structure of a body (layout, partials, child components, tag helpers, view components,
/// returned views, a router's default layout, values given to child components' parameters), apart from the
/// content walk. Uses of classes marked with MedQa's markers are decided here: a marked tag helper, component or
/// view component renders the disclaimer, or renders content, where it is used.
/// </summary>
internal sealed class StructureCollector
{
    private readonly RenderContext _context;
    private readonly List<TreeStep> _tree = [];
    private UnitStructure _structure = new();

    public StructureCollector(RenderContext context) => _context = context;

    /// <summary>Starts a body: its structure goes to <paramref name="structure"/> (a walker's collector serves one body after another).</summary>
    public void Begin(UnitStructure structure)
    {
        _structure = structure;
    }

    /// <summary>Forgets the last body's render tree.</summary>
    public void Clear() => _tree.Clear();

    /// <param name="operation">The operation.</param>
    /// <param name="kind">Its kind, read once by the walker (an interface call on every operation walked).</param>
    /// <param name="summary">The body's summary.</param>
    /// <param name="apis">For a call, what the API lists say of the called method (looked up once by the walker).</param>
    [MethodImpl(HotPath.Optimized)]
    public void Visit(IOperation operation, OperationKind kind, MethodSummary summary, MethodApis apis)
    {
        switch (kind)
        {
            case OperationKind.Invocation:
            case OperationKind.SimpleAssignment:
            case OperationKind.TypeOf:
            case OperationKind.ObjectCreation:
                break;
            default:
                return; // most walked operations (property reads, returns, declarations) carry no structure
        }

        switch (operation)
        {
            case IInvocationOperation invocation:
                VisitInvocation(invocation, summary, apis);
                break;
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment when _context.IsLayoutProperty(property.Property):
                _structure.SetsLayout = true;
                _structure.Layout = ConstantString(assignment.Value);
                break;
            case ITypeOfOperation { TypeOperand: INamedTypeSymbol type }:
                Use(type, summary, operation.Syntax);
                break;
            case IObjectCreationOperation creation when creation.Type is not null
                && SymbolEqualityComparer.Default.Equals(creation.Type, _context.Types.TagHelperAttribute)
                && creation.Arguments.Length >= 2
                && ConstantString(creation.Arguments[0].Value) == "name"
                && ConstantString(creation.Arguments[1].Value) is { } partial:
                // <partial name="_Card" />: Razor keeps the name in a static TagHelperAttribute field.
                _structure.PartialNames.Add(partial);
                break;
        }
    }

    /// <summary>Whether the body builds a render tree (a Blazor component's); only then has it <see cref="ComponentParameters"/>.</summary>
    public bool BuildsRenderTree => _tree.Count > 0;

    /// <summary>Values given to the parameters of the project's child components (<c>&lt;Card Text="@a.Body" /&gt;</c>), in tree order.</summary>
    public IEnumerable<(IPropertySymbol Property, IOperation Value)> ComponentParameters()
    {
        _tree.Sort(static (left, right) => left.Position.CompareTo(right.Position));
        var open = new Stack<INamedTypeSymbol?>();
        foreach (var step in _tree)
        {
            if (step.Close)
            {
                if (open.Count > 0)
                {
                    open.Pop();
                }
            }
            else if (step.Parameter is null)
            {
                open.Push(step.Open);
            }
            else if (open.Count > 0 && open.Peek() is { } component && step.Value is not null && FindProperty(component, step.Parameter) is { } property)
            {
                yield return (property, step.Value);
            }
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private void VisitInvocation(IInvocationOperation invocation, MethodSummary summary, MethodApis apis)
    {
        var method = invocation.TargetMethod;
        foreach (var typeArgument in method.TypeArguments)
        {
            if (typeArgument is INamedTypeSymbol named)
            {
                Use(named, summary, invocation.Syntax);
            }
        }

        if (apis.Is(MethodApiKinds.Partial) && FirstConstant(invocation) is { } partial)
        {
            _structure.PartialNames.Add(partial);
        }
        else if (apis.Is(MethodApiKinds.ViewComponentInvoke) && FirstConstant(invocation) is { } viewComponent)
        {
            _structure.ViewComponentNames.Add(viewComponent);
            if (summary.Owner.ContainingType is { } tagHelper && _context.IsTagHelperType(tagHelper))
            {
                _structure.ViewComponentTags.Add((tagHelper.OriginalDefinition, viewComponent)); // <vc:name>: Razor's tag helper invokes it
            }
        }
        else if (apis.Is(MethodApiKinds.View) || apis.Is(MethodApiKinds.PartialView))
        {
            _structure.ReturnedViews.Add((FirstConstant(invocation), apis.Is(MethodApiKinds.PartialView)));
        }

        if (apis.Is(MethodApiKinds.RenderTreeMember))
        {
            RecordTree(invocation, method);
        }
    }

    private void RecordTree(IInvocationOperation invocation, IMethodSymbol method)
    {
        var position = invocation.Syntax.SpanStart;
        switch (method.Name)
        {
            case "OpenComponent":
                _tree.Add(new TreeStep(position, method.TypeArguments.Length == 1 ? method.TypeArguments[0] as INamedTypeSymbol : null, false, null, null));
                break;
            case "OpenElement" or "OpenRegion":
                _tree.Add(new TreeStep(position, null, false, null, null));
                break;
            case "CloseComponent" or "CloseElement" or "CloseRegion":
                _tree.Add(new TreeStep(position, null, true, null, null));
                break;
            case "AddComponentParameter" or "AddAttribute" when invocation.Arguments.Length >= 3 && ConstantString(invocation.Arguments[1].Value) is { } name:
                var value = invocation.Arguments[2].Value;
                var unwrapped = ContentEvaluator.Unwrap(value);
                if (unwrapped is IInvocationOperation { TargetMethod.Name: "TypeCheck", Arguments.Length: 1 } typeCheck)
                {
                    unwrapped = ContentEvaluator.Unwrap(typeCheck.Arguments[0].Value); // Razor's RuntimeHelpers.TypeCheck<T>(value)
                }

                if (name == "DefaultLayout" && unwrapped is ITypeOfOperation { TypeOperand: INamedTypeSymbol layout })
                {
                    _structure.DefaultLayouts.Add(layout);
                }

                _tree.Add(new TreeStep(position, null, false, name, value));
                break;
        }
    }

    private void Use(INamedTypeSymbol type, MethodSummary summary, SyntaxNode use)
    {
        if (type.TypeKind != TypeKind.Class || type.SpecialType != SpecialType.None)
        {
            return; // OrderBy<Item, decimal>: components, tag helpers and view components are classes, none of them the compiler's own
        }

        var traits = _context.TraitsOf(type, TypeTraits.Component | TypeTraits.TagHelper | TypeTraits.ViewComponent);
        if (traits == TypeTraits.None)
        {
            return;
        }

        var isComponent = (traits & TypeTraits.Component) != 0;

        if (_context.Markers.RendersDisclaimer(type))
        {
            summary.RendersDisclaimer = true; // <medqa-disclaimer />, <MedQaThread />: a class marked [RendersMedicalDisclaimer]
        }
        else if (_context.Markers.IsMarkedType(type))
        {
            // <medqa-answers />: it renders answer content here, at the element's line (its creation is hidden code).
            summary.Sinks.Add(new SinkEvent(RazorElementLocation.Of(use), ContentValue.Of(type.Name)));
        }
        else if (_context.IsSource(type) && !(isComponent && _context.IsLayoutComponent(type)))
        {
            _structure.Children.Add(type.OriginalDefinition);
        }
    }

    private static IPropertySymbol? FindProperty(INamedTypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(name))
            {
                if (member is IPropertySymbol property)
                {
                    return property.OriginalDefinition;
                }
            }
        }

        return null;
    }

    private static string? FirstConstant(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (ConstantString(argument.Value) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    private static string? ConstantString(IOperation operation)
        => ContentEvaluator.Unwrap(operation).ConstantValue is { HasValue: true, Value: string text } ? text : null;

    // One call on the render tree builder, in source order. A class, not a tuple: a list of value tuples is generic
    // code of its own for the JIT to compile in every build.
    private sealed class TreeStep(int position, INamedTypeSymbol? open, bool close, string? parameter, IOperation? value)
    {
        public int Position { get; } = position;

        /// <summary>The component an <c>OpenComponent&lt;T&gt;</c> opens (null for an element or region).</summary>
        public INamedTypeSymbol? Open { get; } = open;

        public bool Close { get; } = close;

        /// <summary>The parameter or attribute an <c>AddComponentParameter</c>/<c>AddAttribute</c> sets.</summary>
        public string? Parameter { get; } = parameter;

        public IOperation? Value { get; } = value;
    }
}
