using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// Summarizes one method body in a single walk plus a small fixpoint over its locals: which values carry
/// answer content, which reach a sink, what it returns, whether it renders the disclaimer, and the Razor
/// facts (layout, partials, child components). Flow-insensitive and intraprocedural by design: calls to
/// methods of the same compilation are recorded and resolved later from their own summaries.
/// </summary>
internal sealed class MethodScanner
{
    private const int MaxDepth = 48;

    private readonly RenderSymbols _symbols;
    private readonly MethodFacts _facts;
    private readonly UnitFacts _unit;
    private readonly List<KeyValuePair<ILocalSymbol, IOperation>> _assignments = [];
    private readonly Dictionary<ILocalSymbol, Taint> _locals = new(SymbolEqualityComparer.Default);
    private readonly List<IInvocationOperation> _sinks = [];
    private readonly List<IOperation> _returns = [];
    private readonly List<SinkEvent> _events = [];

    private MethodScanner(RenderSymbols symbols, MethodFacts facts, UnitFacts unit)
    {
        _symbols = symbols;
        _facts = facts;
        _unit = unit;
    }

    /// <summary>Scans the blocks of one member; returns the sink events found (facts are written to <paramref name="facts"/> and <paramref name="unit"/>'s Razor fields).</summary>
    public static List<SinkEvent> Scan(RenderSymbols symbols, ImmutableArray<IOperation> blocks, MethodFacts facts, UnitFacts unit)
    {
        var scanner = new MethodScanner(symbols, facts, unit);
        var stack = new Stack<(IOperation Operation, bool InLambda)>();
        foreach (var block in blocks)
        {
            if (block is not null)
            {
                stack.Push((block, false));
            }
        }

        while (stack.Count > 0)
        {
            var (operation, inLambda) = stack.Pop();
            scanner.Visit(operation, inLambda);
            var childInLambda = inLambda || operation is IAnonymousFunctionOperation or ILocalFunctionOperation;
            foreach (var child in operation.ChildOperations)
            {
                if (child is not null)
                {
                    stack.Push((child, childInLambda));
                }
            }
        }

        scanner.Solve();
        return scanner._events;
    }

    private void Visit(IOperation operation, bool inLambda)
    {
        switch (operation)
        {
            case IVariableDeclaratorOperation { Initializer.Value: { } value } declarator:
                _assignments.Add(new(declarator.Symbol, value));
                break;
            case IAssignmentOperation { Target: ILocalReferenceOperation local } assignment:
                _assignments.Add(new(local.Local, assignment.Value));
                break;
            case IForEachLoopOperation { LoopControlVariable: IVariableDeclaratorOperation variable } loop:
                _assignments.Add(new(variable.Symbol, loop.Collection));
                break;
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment when _symbols.IsLayoutProperty(property.Property):
                _unit.SetsLayout = true;
                _unit.Layout = ConstantString(assignment.Value);
                break;
            case IReturnOperation { ReturnedValue: { } returned } when !inLambda:
                _returns.Add(returned);
                break;
            case IInvocationOperation invocation:
                VisitInvocation(invocation);
                break;
            case IPropertyReferenceOperation property:
                if (_symbols.RendersDisclaimer(property.Property))
                {
                    _facts.RendersDisclaimer = true;
                }
                else if (property.Property.GetMethod is { } getter && IsSource(getter))
                {
                    AddCallee(getter);
                }

                break;
            case ITypeOfOperation { TypeOperand: INamedTypeSymbol type }:
                AddChild(type);
                break;
            case IObjectCreationOperation creation when creation.Type is not null
                && SymbolEqualityComparer.Default.Equals(creation.Type, _symbols.TagHelperAttribute)
                && creation.Arguments.Length >= 2
                && ConstantString(creation.Arguments[0].Value) == "name"
                && ConstantString(creation.Arguments[1].Value) is { } partial:
                // <partial name="_Card" />: Razor keeps the name in a static TagHelperAttribute field.
                _unit.PartialNames.Add(partial);
                break;
        }
    }

    private void VisitInvocation(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        switch (_symbols.RoleOf(method))
        {
            case MethodRole.RendersDisclaimer:
                _facts.RendersDisclaimer = true;
                return;
            case MethodRole.Sink:
                _sinks.Add(invocation);
                break;
        }

        if (method.ReturnsVoid && _symbols.IsMarkedMember(method) && WritesToOutput(method))
        {
            // renderer.RenderAnswers(thread, writer): a marked method that writes answer content to an output renders it.
            _events.Add(new SinkEvent(invocation.Syntax.GetLocation(), Name(method), null));
        }

        if (IsSource(method))
        {
            AddCallee(method);
        }

        if (_symbols.StringBuilder is not null && SymbolEqualityComparer.Default.Equals(method.ContainingType, _symbols.StringBuilder))
        {
            // builder.Append(content): the builder, and so its ToString(), now carries the content.
            var root = invocation.Instance;
            while (root is IInvocationOperation chained)
            {
                root = chained.Instance;
            }

            if (root is ILocalReferenceOperation builder)
            {
                _assignments.Add(new(builder.Local, invocation));
            }
        }

        foreach (var typeArgument in method.TypeArguments)
        {
            if (typeArgument is INamedTypeSymbol named)
            {
                AddChild(named);
            }
        }

        if (_symbols.IsPartialMethod(method) || _symbols.IsViewComponentInvoke(method))
        {
            foreach (var argument in invocation.Arguments)
            {
                if (ConstantString(argument.Value) is { } name)
                {
                    (_symbols.IsPartialMethod(method) ? _unit.PartialNames : _unit.ViewComponentNames).Add(name);
                    break;
                }
            }
        }
    }

    private static string? ConstantString(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation.ConstantValue is { HasValue: true, Value: string text } ? text : null;
    }

    private bool WritesToOutput(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            if (_symbols.IsOutputParameter(parameter.Type))
            {
                return true;
            }
        }

        return false;
    }

    private void AddChild(INamedTypeSymbol type)
    {
        if (IsSource(type) && (_symbols.IsComponentType(type) || _symbols.IsViewComponentType(type)))
        {
            _unit.Children.Add(type);
        }
    }

    private void AddCallee(IMethodSymbol method)
    {
        _facts.Callees ??= [];
        _facts.Callees.Add((method.ReducedFrom ?? method).OriginalDefinition);
    }

    private bool IsSource(ISymbol symbol)
        => SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, _symbols.Compilation.Assembly);

    private void Solve()
    {
        // Locals: flow-insensitive, so iterate until nothing new (at most once per local, plus one).
        for (var round = 0; round <= _assignments.Count; round++)
        {
            var changed = false;
            foreach (var pair in _assignments)
            {
                var value = Evaluate(pair.Value, 0);
                if (value.IsNone)
                {
                    continue;
                }

                _locals.TryGetValue(pair.Key, out var known);
                if (known.Member is null && (value.Member is not null || (known.Via is null && value.Via is not null)))
                {
                    _locals[pair.Key] = value;
                    changed = true;
                }
            }

            if (!changed)
            {
                break;
            }
        }

        // StringBuilder-like receivers: appending content to a local builder taints the builder.
        foreach (var sink in _sinks)
        {
            foreach (var argument in sink.Arguments)
            {
                var value = Evaluate(argument.Value, 0);
                if (!value.IsNone)
                {
                    var syntax = argument.Value.Syntax;
                    _events.Add(new SinkEvent(syntax.GetLocation(), value.Member ?? Name(value.Via!.AssociatedSymbol ?? value.Via), value.Member is null ? value.Via : null));
                    break;
                }
            }
        }

        foreach (var returned in _returns)
        {
            var value = Evaluate(returned, 0);
            if (value.Member is not null)
            {
                _facts.ReturnsContent = true;
            }
            else if (value.Via is not null)
            {
                _facts.ReturnsContentOf ??= [];
                _facts.ReturnsContentOf.Add(value.Via);
            }
        }
    }

    private Taint Evaluate(IOperation? operation, int depth)
    {
        if (operation is null || depth > MaxDepth || operation.ConstantValue.HasValue)
        {
            return default;
        }

        depth++;
        switch (operation)
        {
            case IConversionOperation conversion:
                return Evaluate(conversion.Operand, depth);
            case IParenthesizedOperation parenthesized:
                return Evaluate(parenthesized.Operand, depth);
            case IAwaitOperation awaited:
                return Evaluate(awaited.Operation, depth);
            case ILocalReferenceOperation local:
                return _locals.TryGetValue(local.Local, out var taint) ? taint : default;
            case IParameterReferenceOperation parameter:
                return Bare(parameter.Type);
            case IInstanceReferenceOperation instance:
                return Bare(instance.Type);
            case IPropertyReferenceOperation property:
                return Member(property, property.Property, property.Property.Type, property.Instance, property.Property.GetMethod, depth);
            case IFieldReferenceOperation field:
                return Member(field, field.Field, field.Field.Type, field.Instance, null, depth);
            case IInvocationOperation invocation:
                return Invocation(invocation, depth);
            case IInterpolatedStringHandlerCreationOperation handler:
                return Evaluate(handler.Content, depth);
            case IInterpolatedStringOperation interpolated:
                return Parts(interpolated, depth);
            case IBinaryOperation binary:
                return binary.Type?.SpecialType == SpecialType.System_String
                    ? Union(Evaluate(binary.LeftOperand, depth), Evaluate(binary.RightOperand, depth), keepBare: true)
                    : default;
            case IConditionalOperation conditional:
                return Union(Evaluate(conditional.WhenTrue, depth), Evaluate(conditional.WhenFalse, depth), keepBare: true);
            case ICoalesceOperation coalesce:
                return Union(Evaluate(coalesce.Value, depth), Evaluate(coalesce.WhenNull, depth), keepBare: true);
            case IConditionalAccessOperation access:
                return Evaluate(access.WhenNotNull, depth);
            case IAssignmentOperation assignment:
                return Evaluate(assignment.Value, depth);
            case IObjectCreationOperation creation when _symbols.IsTextLike(creation.Type):
                return Arguments(creation.Arguments, default, depth, keepBare: true);
            case IArrayElementReferenceOperation element:
                return _symbols.IsTextLike(element.Type) ? Strip(Evaluate(element.ArrayReference, depth)) : default;
            default:
                return default;
        }
    }

    private Taint Member(IOperation reference, ISymbol member, ITypeSymbol type, IOperation? instance, IMethodSymbol? getter, int depth)
    {
        if (_symbols.IsMarkedMember(member) || (getter is not null && _symbols.IsMarkedMember(getter)))
        {
            return new Taint(Name(member), null, bare: false);
        }

        var containing = member.ContainingType;
        if (containing is not null && _symbols.IsMarkedType(containing) && (_symbols.IsTextLike(type) || _symbols.IsMarkedType(type)))
        {
            return new Taint(Name(member), null, bare: false);
        }

        if (_symbols.IsMarkedType(type))
        {
            return new Taint(Name(member), null, bare: true);
        }

        if (_symbols.IsTextLike(type))
        {
            var fromInstance = instance is null ? default : Strip(Evaluate(instance, depth));
            if (fromInstance.Member is not null)
            {
                return fromInstance;
            }

            if (getter is not null && IsSource(getter) && !reference.IsImplicit)
            {
                return new Taint(null, getter.OriginalDefinition, bare: false);
            }

            return fromInstance;
        }

        return default;
    }

    private Taint Invocation(IInvocationOperation invocation, int depth)
    {
        var method = invocation.TargetMethod;
        var role = _symbols.RoleOf(method);
        if (role is MethodRole.Excluded or MethodRole.RendersDisclaimer)
        {
            return default;
        }

        if (_symbols.IsMarkedMember(method))
        {
            return new Taint(Name(method), null, bare: false);
        }

        var returnType = method.ReturnType;
        var textResult = _symbols.IsTextLike(returnType);
        if (method.ContainingType is { } containing && _symbols.IsMarkedType(containing) && textResult)
        {
            return new Taint(Name(method), null, bare: false);
        }

        if (!textResult)
        {
            return _symbols.IsMarkedType(returnType) ? new Taint(Name(method), null, bare: true) : default;
        }

        // A parameterless call on a marked value (ToString(), ToHtml()) is its text; MedQa's own methods turn marked values into text.
        var keepBare = role == MethodRole.MarkerLibrary || (invocation.Arguments.Length == 0 && !method.IsStatic);
        var result = invocation.Instance is null ? default : Evaluate(invocation.Instance, depth);
        result = keepBare ? result : Strip(result);
        result = Arguments(invocation.Arguments, result, depth, keepBare: role == MethodRole.MarkerLibrary);
        if (result.Member is null && IsSource(method) && !method.IsAbstract)
        {
            return new Taint(null, (method.ReducedFrom ?? method).OriginalDefinition, bare: false);
        }

        return result;
    }

    private Taint Arguments(ImmutableArray<IArgumentOperation> arguments, Taint result, int depth, bool keepBare)
    {
        foreach (var argument in arguments)
        {
            var value = Evaluate(argument.Value, depth);
            result = Union(result, keepBare ? value : Strip(value), keepBare: true);
            if (result.Member is not null && !result.Bare)
            {
                break;
            }
        }

        return result;
    }

    private Taint Parts(IInterpolatedStringOperation interpolated, int depth)
    {
        Taint result = default;
        foreach (var part in interpolated.Parts)
        {
            switch (part)
            {
                case IInterpolationOperation interpolation:
                    result = Union(result, Evaluate(interpolation.Expression, depth), keepBare: true);
                    break;
                case IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation append }:
                    result = Arguments(append.Arguments, result, depth, keepBare: true);
                    break;
            }
        }

        // Formatting a marked value makes text: the interpolation is content.
        return result.Member is not null ? new Taint(result.Member, null, bare: false) : result;
    }

    private Taint Bare(ITypeSymbol? type)
        => _symbols.IsMarkedType(type) ? new Taint(type!.Name, null, bare: true) : default;

    private static Taint Strip(Taint taint) => taint.Bare ? default : taint;

    private static Taint Union(Taint left, Taint right, bool keepBare)
    {
        if (!keepBare)
        {
            left = Strip(left);
            right = Strip(right);
        }

        if (left.Member is not null && !left.Bare)
        {
            return left;
        }

        if (right.Member is not null && !right.Bare)
        {
            return right;
        }

        if (left.Member is not null)
        {
            return left;
        }

        if (right.Member is not null)
        {
            return right;
        }

        return left.Via is not null ? left : right;
    }

    private static string Name(ISymbol member)
        => member.ContainingType is null ? member.Name : member.ContainingType.Name + "." + member.Name;

    /// <summary>
    /// The content a value carries: <see cref="Member"/> names the marked member it comes from; <see cref="Via"/>
    /// is a method of this compilation whose result it is (content if that method returns content);
    /// <see cref="Bare"/> marks a value of a marked type, which is content once turned into text.
    /// </summary>
    private readonly struct Taint
    {
        public Taint(string? member, IMethodSymbol? via, bool bare)
        {
            Member = member;
            Via = via;
            Bare = bare;
        }

        public string? Member { get; }

        public IMethodSymbol? Via { get; }

        public bool Bare { get; }

        public bool IsNone => Member is null && Via is null;
    }
}
