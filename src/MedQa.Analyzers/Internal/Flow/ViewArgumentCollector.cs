using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// Collects, during <see cref="MethodWalker"/>'s walk, the values a body gives to views and view components: models
/// (<c>&lt;partial model&gt;</c>, <c>PartialAsync</c>, <c>View</c>, <c>PartialView</c>, a view component's <c>View</c>)
/// and view component arguments (anonymous objects' members, <c>&lt;vc:&gt;</c> attributes). Evaluated once the
/// body's locals are solved; resolved to the target's parameter at the compilation end (<see cref="ViewArguments"/>).
/// </summary>
internal sealed class ViewArgumentCollector
{
    private readonly RenderContext _context;
    private readonly List<Pending> _pending = [];

    // <partial> tags: Razor sets the tag helper's Name, then its Model, on the same field; paired by position.
    private readonly List<PartialTag> _partialTags = [];

    public ViewArgumentCollector(RenderContext context) => _context = context;

    /// <summary>Forgets the last body's values (a walker's collector serves one body after another).</summary>
    public void Clear()
    {
        _pending.Clear();
        _partialTags.Clear();
    }

    [MethodImpl(HotPath.Optimized)]
    public void VisitAssignment(MethodSummary frame, IAssignmentOperation assignment)
    {
        if (assignment.Target is not IPropertyReferenceOperation { Property: var property } target)
        {
            return;
        }

        // The names first: a string comparison, where the type's is a symbol comparison, for every property a body assigns.
        var type = property.ContainingType;
        if (property.Name is "Name" or "Model" && type is not null && SymbolEqualityComparer.Default.Equals(type, _context.Types.PartialTagHelper)
            && target.Instance is { } instance && TagHelperOf(instance) is { } tagHelper)
        {
            var isName = property.Name == "Name";
            _partialTags.Add(new PartialTag(assignment.Syntax.SpanStart, tagHelper, frame, isName ? PartialName(assignment.Value) : null, isName ? null : assignment.Value));
        }
        else if (type is { ContainingType: not null } && _context.IsSource(property) && _context.IsTagHelperType(type))
        {
            // <vc:answer-card body="@x">: Razor's nested tag helper for the view component; its properties are the arguments.
            _pending.Add(new Pending(frame, ViewArgumentKind.ViewComponentTag, null, type.OriginalDefinition, property.Name, assignment.Value));
        }
    }

    /// <param name="frame">The body's frame the invocation is in.</param>
    /// <param name="invocation">The call.</param>
    /// <param name="apis">What the API lists say of the called method (<see cref="RenderContext.ApisOf"/>), looked up once by the walker.</param>
    [MethodImpl(HotPath.Optimized)]
    public void VisitInvocation(MethodSummary frame, IInvocationOperation invocation, MethodApis apis)
    {
        if (apis.Kinds == MethodApiKinds.None)
        {
            return;
        }

        if (apis.Is(MethodApiKinds.Partial))
        {
            AddModel(frame, ViewArgumentKind.Partial, invocation);
        }
        else if (apis.Is(MethodApiKinds.View))
        {
            AddModel(frame, ViewArgumentKind.View, invocation);
        }
        else if (apis.Is(MethodApiKinds.PartialView))
        {
            AddModel(frame, ViewArgumentKind.PartialView, invocation);
        }
        else if (apis.Is(MethodApiKinds.ComponentView))
        {
            AddModel(frame, ViewArgumentKind.ComponentView, invocation);
        }
        else if (apis.Is(MethodApiKinds.ViewComponentInvoke))
        {
            AddComponentArguments(frame, invocation);
        }
    }

    /// <summary>Evaluates the collected values (locals solved) into their bodies' <see cref="MethodSummary.ViewArguments"/>.</summary>
    public void Record(ContentEvaluator evaluator)
    {
        if (_partialTags.Count == 0 && _pending.Count == 0)
        {
            return; // most bodies give nothing to a view
        }

        _partialTags.Sort(static (left, right) => left.Position.CompareTo(right.Position));
        var names = new Dictionary<ISymbol, string?>(SymbolEqualityComparer.Default);
        foreach (var tag in _partialTags)
        {
            if (tag.Model is null)
            {
                names[tag.TagHelper] = tag.Name;
            }
            else if (names.TryGetValue(tag.TagHelper, out var partial) && partial is not null)
            {
                _pending.Add(new Pending(tag.Frame, ViewArgumentKind.Partial, partial, null, null, tag.Model));
            }
        }

        foreach (var pending in _pending)
        {
            var value = evaluator.Evaluate(pending.Value);
            if (!value.IsNone)
            {
                pending.Frame.ViewArguments.Add(new ViewArgument(pending.Kind, pending.Name, pending.Type, pending.Parameter, value, pending.Value.Syntax.GetLocation()));
            }
        }
    }

    private void AddModel(MethodSummary frame, ViewArgumentKind kind, IInvocationOperation invocation)
    {
        string? name = null;
        IOperation? model = null;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is not { } parameter || argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            if (parameter.Name == "model")
            {
                model = argument.Value;
            }
            else if (parameter.Type.SpecialType == SpecialType.System_String)
            {
                name ??= Constant(argument.Value);
            }
        }

        if (model is not null)
        {
            _pending.Add(new Pending(frame, kind, name, null, null, model));
        }
    }

    // InvokeAsync("Name", new { body = ... }), InvokeAsync<T>(new { ... }), InvokeAsync(typeof(T), ...), ViewComponent("Name", ...).
    private void AddComponentArguments(MethodSummary frame, IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        string? name = null;
        var type = method.TypeArguments.Length == 1 ? method.TypeArguments[0] as INamedTypeSymbol : null;
        IOperation? arguments = null;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is not { } parameter || argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            var value = ContentEvaluator.Unwrap(argument.Value);
            if (parameter.Name == "arguments")
            {
                arguments = value;
            }
            else if (value is ITypeOfOperation { TypeOperand: INamedTypeSymbol component })
            {
                type = component;
            }
            else if (parameter.Type.SpecialType == SpecialType.System_String)
            {
                name ??= Constant(value);
            }
        }

        if (arguments is null || (name is null && type is null))
        {
            return;
        }

        if (arguments is IAnonymousObjectCreationOperation anonymous)
        {
            foreach (var initializer in anonymous.Initializers)
            {
                if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation member } assignment)
                {
                    _pending.Add(new Pending(frame, ViewArgumentKind.ViewComponent, name, type?.OriginalDefinition, member.Property.Name, assignment.Value));
                }
            }
        }
        else
        {
            _pending.Add(new Pending(frame, ViewArgumentKind.ViewComponent, name, type?.OriginalDefinition, null, arguments));
        }
    }

    private static ISymbol? TagHelperOf(IOperation instance) => instance switch
    {
        IFieldReferenceOperation field => field.Field,
        ILocalReferenceOperation local => local.Local,
        _ => null,
    };

    // Name = "_Card", or Name = (string)__tagHelperAttribute_0.Value where that static field is new TagHelperAttribute("name", "_Card", ...).
    private static string? PartialName(IOperation value)
    {
        var unwrapped = ContentEvaluator.Unwrap(value);
        if (Constant(unwrapped) is { } constant)
        {
            return constant;
        }

        if (unwrapped is not IPropertyReferenceOperation { Property.Name: "Value", Instance: IFieldReferenceOperation { Field: var field } }
            || field.DeclaringSyntaxReferences.Length != 1
            || field.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: BaseObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: >= 2 } arguments } })
        {
            return null;
        }

        return arguments[0].Expression is LiteralExpressionSyntax { Token.ValueText: "name" }
            && arguments[1].Expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
            ? literal.Token.ValueText
            : null;
    }

    private static string? Constant(IOperation operation)
        => ContentEvaluator.Unwrap(operation).ConstantValue is { HasValue: true, Value: string text } ? text : null;

    // Classes, not tuples: a list of value tuples is generic code of its own for the JIT to compile in every build.
    private sealed class Pending(MethodSummary frame, ViewArgumentKind kind, string? name, INamedTypeSymbol? type, string? parameter, IOperation value)
    {
        public MethodSummary Frame { get; } = frame;

        public ViewArgumentKind Kind { get; } = kind;

        public string? Name { get; } = name;

        public INamedTypeSymbol? Type { get; } = type;

        public string? Parameter { get; } = parameter;

        public IOperation Value { get; } = value;
    }

    private sealed class PartialTag(int position, ISymbol tagHelper, MethodSummary frame, string? name, IOperation? model)
    {
        public int Position { get; } = position;

        public ISymbol TagHelper { get; } = tagHelper;

        public MethodSummary Frame { get; } = frame;

        public string? Name { get; } = name;

        public IOperation? Model { get; } = model;
    }
}
