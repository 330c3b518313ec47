using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// What one expression may carry (<see cref="ContentValue"/>), from the operation alone and the values of the body's
/// locals (<see cref="LocalSolver"/>, which solves a local when it is first read). It reads symbols and locals, and
/// reports the locals it read.
/// </summary>
internal sealed class ContentEvaluator
{
    /// <summary>The deepest expression followed (nested conversions, calls, concatenations); deeper parts count as no content.</summary>
    public const int MaxExpressionDepth = 64;

    private readonly RenderContext _context;
    private readonly LocalSolver _locals;
    private ViewModelSlot? _model;

    // The builder's own reference at the root of the assignment being evaluated (EvaluateAssignment): read as nothing.
    private IOperation? _ownRoot;

    /// <param name="context">The compilation's symbols.</param>
    /// <param name="locals">The body's locals, solved as they are read.</param>
    public ContentEvaluator(RenderContext context, LocalSolver locals)
    {
        _context = context;
        _locals = locals;
    }

    /// <summary>Starts a body (a walker's evaluator serves one body after another).</summary>
    /// <param name="view">The (Razor view) class the body belongs to: its <c>Model</c> is what the view is given.</param>
    public void Begin(INamedTypeSymbol? view)
    {
        Reads = null;
        _ownRoot = null;
        if (view is null)
        {
            _model = null;
        }
        else if (_model is null || !SymbolEqualityComparer.Default.Equals(_model.View, view.OriginalDefinition))
        {
            _model = new ViewModelSlot(view); // equal slots are one flow node: the last body's serves the next of its view
        }
    }

    /// <summary>Called with each local (or lambda) whose value an evaluation read: the solver re-evaluates when it changes.</summary>
    public List<ISymbol>? Reads { get; set; }

    public ContentValue Evaluate(IOperation? operation) => Evaluate(operation, 0);

    /// <summary>
    /// What an assignment gives <paramref name="target"/>. A builder's own chain (<c>builder.Append(a).Append(b)</c>,
    /// <c>builder = builder.Append(a)</c>) reads the builder only to hand it back, so its root reference is read as
    /// nothing: the builder's value already holds its own, and the assignment no longer depends on it, so the solver
    /// does not evaluate it again each time the builder grows (twice per append before). The same answers: the chain
    /// passes the builder's value through builder methods, which keep it or turn a marked value into text, and a
    /// builder holds no marked value (its type is sealed; only a cast that fails at run time could give it one), so
    /// the builder's own part adds nothing to what the builder holds.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public ContentValue EvaluateAssignment(ISymbol target, IOperation value)
    {
        if (value is IInvocationOperation invocation
            && OperationShapes.Root(invocation) is ILocalReferenceOperation root
            && target is ILocalSymbol local
            && _context.IsBuilder(local.Type)
            && SymbolEqualityComparer.Default.Equals(root.Local, local))
        {
            _ownRoot = root;
            var result = Evaluate(value, 0);
            _ownRoot = null;
            return result;
        }

        return Evaluate(value, 0);
    }

    /// <summary>The name of a member for messages: <c>Answer.Body</c>.</summary>
    public static string Name(ISymbol member)
    {
        if (member is IMethodSymbol { AssociatedSymbol: { } associated })
        {
            member = associated;
        }

        return member.ContainingType is null ? member.Name : member.ContainingType.Name + "." + member.Name;
    }

    /// <summary>A <c>ViewData["key"]</c>, <c>TempData["key"]</c> or <c>ViewBag.key</c> reference: its key; otherwise null.</summary>
    [MethodImpl(HotPath.Optimized)]
    public ViewDataKey? ViewDataKeyOf(IOperation operation)
    {
        switch (operation)
        {
            case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer
                when Unwrap(indexer.Arguments[0].Value).ConstantValue is { HasValue: true, Value: string key }
                && (_context.IsViewDataType(indexer.Property.ContainingType) || _context.IsViewDataType(indexer.Instance?.Type as INamedTypeSymbol)): // TempData's indexer is IDictionary's
                return new ViewDataKey(key);
            case IDynamicMemberReferenceOperation { Instance: IPropertyReferenceOperation { Property.Name: "ViewBag" } } member:
                return new ViewDataKey(member.MemberName);
            default:
                return null;
        }
    }

    [MethodImpl(HotPath.Optimized)]
    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation or IParenthesizedOperation)
        {
            operation = operation is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)operation).Operand;
        }

        return operation;
    }

    [MethodImpl(HotPath.Optimized)]
    private ContentValue Evaluate(IOperation? operation, int depth)
    {
        // No test of ConstantValue up front: it costs a lookup on every value, and a constant is none of the kinds
        // below that yield content but a const field (Member), which is answered there; literals fall to the default.
        if (operation is null || depth > MaxExpressionDepth)
        {
            return ContentValue.None;
        }

        depth++;

        // By kind, then one cast: a chain of interface type tests costs one failed cast per case on every value.
        switch (operation.Kind)
        {
            case OperationKind.Conversion:
                return Evaluate(((IConversionOperation)operation).Operand, depth);
            case OperationKind.Parenthesized:
                return Evaluate(((IParenthesizedOperation)operation).Operand, depth);
            case OperationKind.Await:
                return Evaluate(((IAwaitOperation)operation).Operation, depth);
            case OperationKind.LocalReference:
                return operation == _ownRoot ? ContentValue.None : Local(((ILocalReferenceOperation)operation).Local);
            case OperationKind.ParameterReference:
                return Parameter(((IParameterReferenceOperation)operation).Parameter);
            case OperationKind.InstanceReference:
                return Bare(operation.Type);
            case OperationKind.PropertyReference:
                return Property((IPropertyReferenceOperation)operation, depth);
            case OperationKind.FieldReference:
                var field = (IFieldReferenceOperation)operation;
                return field.Field.HasConstantValue ? ContentValue.None : Member(field, field.Field, field.Instance, depth);
            case OperationKind.DynamicMemberReference:
                var dynamicMember = (IDynamicMemberReferenceOperation)operation;
                return ViewDataKeyOf(dynamicMember) is { } bagKey ? ContentValue.DependsOn(bagKey) : Evaluate(dynamicMember.Instance, depth).AsText();
            case OperationKind.Invocation:
                return Invocation((IInvocationOperation)operation, depth);
            case OperationKind.InterpolatedStringHandlerCreation:
                return Evaluate(((IInterpolatedStringHandlerCreationOperation)operation).Content, depth);
            case OperationKind.InterpolatedString:
                return Parts((IInterpolatedStringOperation)operation, depth);
            case OperationKind.Binary:
                var binary = (IBinaryOperation)operation;
                return binary.Type?.SpecialType == SpecialType.System_String
                    ? Evaluate(binary.LeftOperand, depth).Join(Evaluate(binary.RightOperand, depth)).AsText()
                    : ContentValue.None;
            case OperationKind.Conditional:
                var conditional = (IConditionalOperation)operation;
                return Evaluate(conditional.WhenTrue, depth).Join(Evaluate(conditional.WhenFalse, depth));
            case OperationKind.Coalesce:
                var coalesce = (ICoalesceOperation)operation;
                return Evaluate(coalesce.Value, depth).Join(Evaluate(coalesce.WhenNull, depth));
            case OperationKind.SwitchExpression:
                var arms = ContentValue.None;
                foreach (var arm in ((ISwitchExpressionOperation)operation).Arms)
                {
                    arms = arms.Join(Evaluate(arm.Value, depth));
                }

                return arms;
            case OperationKind.ConditionalAccess:
                return Evaluate(((IConditionalAccessOperation)operation).WhenNotNull, depth);
            case OperationKind.SimpleAssignment:
            case OperationKind.CompoundAssignment:
            case OperationKind.CoalesceAssignment:
            case OperationKind.DeconstructionAssignment:
                return Evaluate(((IAssignmentOperation)operation).Value, depth);
            case OperationKind.ObjectCreation when _context.IsTextLike(operation.Type):
                var creation = (IObjectCreationOperation)operation;
                var created = Arguments(creation.Arguments, ContentValue.None, depth, keepBare: true);
                foreach (var item in creation.Initializer?.Initializers ?? [])
                {
                    // new List<string> { "<hr>", a.Body }: the collection holds what is added to it.
                    created = item is IInvocationOperation add ? Arguments(add.Arguments, created, depth, keepBare: false) : created;
                }

                return created;
            case OperationKind.ArrayElementReference:
                return _context.IsTextLike(operation.Type) ? Evaluate(((IArrayElementReferenceOperation)operation).ArrayReference, depth).WithoutBare() : ContentValue.None;
            case OperationKind.ImplicitIndexerReference:
                // answer.Body[..120]: a slice of content is content.
                return _context.IsTextLike(operation.Type) ? Evaluate(((IImplicitIndexerReferenceOperation)operation).Instance, depth) : ContentValue.None;
            case OperationKind.ArrayCreation when ((IArrayCreationOperation)operation).Initializer is { } initializer:
                return Elements(initializer.ElementValues, depth);
            case OperationKind.CollectionExpression:
                return Elements(((ICollectionExpressionOperation)operation).Elements, depth);
            case OperationKind.AnonymousFunction:
                return Local(((IAnonymousFunctionOperation)operation).Symbol);
            case OperationKind.DelegateCreation:
                return Evaluate(((IDelegateCreationOperation)operation).Target, depth);
            case OperationKind.MethodReference when ((IMethodReferenceOperation)operation).Method is var method && _context.IsSource(method) && !method.IsAbstract:
                return ContentValue.DependsOn(method.OriginalDefinition);
            default:
                return ContentValue.None;
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private ContentValue Property(IPropertyReferenceOperation property, int depth)
    {
        if (_model is not null && _context.IsModelProperty(property.Property))
        {
            // The view's own Model: text it is given (a string, HTML, an object) is rendered where it is given.
            // A typed view model's members are followed by member instead (Member), so that its ids stay silent.
            var model = Member(property, property.Property, property.Instance, depth);
            return _context.IsTextLike(property.Property.Type) ? model.Join(ContentValue.FromParameter(_model)) : model;
        }

        return ViewDataKeyOf(property) is { } key
            ? ContentValue.DependsOn(key)
            : Member(property, property.Property, property.Instance, depth);
    }

    [MethodImpl(HotPath.Optimized)]
    private ContentValue Local(ISymbol symbol)
    {
        Reads?.Add(symbol);
        return _locals.ValueOf(symbol, this);
    }

    [MethodImpl(HotPath.Optimized)]
    private ContentValue Parameter(IParameterSymbol parameter)
    {
        var facts = _context.FactsOf(parameter.Type);
        var value = (facts & TypeFacts.Marked) != 0 ? ContentValue.BareOf(parameter.Type.Name) : ContentValue.None;
        if ((facts & (TypeFacts.TextLike | TypeFacts.Source | TypeFacts.Marked)) != 0
            && parameter.ContainingSymbol is IMethodSymbol { MethodKind: not MethodKind.AnonymousFunction and not MethodKind.LambdaMethod } method
            && _context.IsSource(method))
        {
            value = value.Join(ContentValue.FromParameter(parameter.OriginalDefinition));
        }

        return value;
    }

    [MethodImpl(HotPath.Optimized)]
    private ContentValue Member(IOperation reference, ISymbol member, IOperation? instance, int depth)
    {
        var facts = _context.FactsOf(member);
        if ((facts & MemberFacts.Marked) != 0)
        {
            return ContentValue.Of(Name(member));
        }

        if ((facts & MemberFacts.InAllContentType) != 0 && (facts & (MemberFacts.TextLikeType | MemberFacts.MarkedType)) != 0)
        {
            // A marked type that marks none of its members: all its text is content.
            return ContentValue.Of(Name(member));
        }

        if ((facts & MemberFacts.MarkedType) != 0)
        {
            return ContentValue.BareOf(Name(member));
        }

        if ((facts & MemberFacts.TextLikeType) == 0)
        {
            return ContentValue.None;
        }

        var value = instance is null ? ContentValue.None : Evaluate(instance, depth).WithoutBare();
        if ((facts & MemberFacts.Source) != 0 && !reference.IsImplicit)
        {
            // A field or property of the project's own types: content when something stores content in it, compilation-wide.
            value = value.Join(ContentValue.DependsOn(member.OriginalDefinition));
        }

        return value;
    }

    [MethodImpl(HotPath.Optimized)]
    private ContentValue Invocation(IInvocationOperation invocation, int depth)
    {
        var method = invocation.TargetMethod;
        var definition = RenderContext.DefinitionOf(method); // read once, for the API facts and the dependency below
        var apis = _context.ApisOfDefinition(definition);
        var role = apis.Role;
        if (role is MethodRole.Excluded or MethodRole.RendersDisclaimer)
        {
            return ContentValue.None;
        }

        if (apis.IsMarked)
        {
            return ContentValue.Of(Name(method));
        }

        if (method.MethodKind == MethodKind.LocalFunction)
        {
            return Local(method.OriginalDefinition);
        }

        var returnType = method.ReturnType;
        var returned = _context.FactsOf(returnType);
        var textResult = (returned & TypeFacts.TextLike) != 0;
        if (apis.InAllContentType && textResult)
        {
            return ContentValue.Of(Name(method));
        }

        if (!textResult)
        {
            // First(), Single(): a marked value, named by its type (the member that holds the content is read next).
            return (returned & TypeFacts.Marked) != 0 ? ContentValue.BareOf(returnType.Name) : ContentValue.None;
        }

        // A parameterless call on a marked value (ToString(), ToHtml()) is its text; MedQa's own methods turn marked values into text.
        var library = role == MethodRole.MarkerLibrary;
        var instanceText = invocation.Arguments.Length == 0 && !method.IsStatic;
        var result = invocation.Instance is null ? ContentValue.None : Evaluate(invocation.Instance, depth);
        result = library || instanceText ? result.AsText() : result.WithoutBare();
        result = Arguments(invocation.Arguments, result, depth, keepBare: library);
        if (apis.IsSource && !method.IsAbstract)
        {
            result = result.Join(ContentValue.DependsOn(definition));
        }

        return result;
    }

    [MethodImpl(HotPath.Optimized)]
    private ContentValue Arguments(ImmutableArray<IArgumentOperation> arguments, ContentValue result, int depth, bool keepBare)
    {
        foreach (var argument in arguments)
        {
            if (ScalarTypes.IsScalar(argument.Value.Type))
            {
                continue; // Append(answer.Body.Length): a count says nothing of the content
            }

            var value = Evaluate(argument.Value, depth);
            result = result.Join(keepBare ? value.AsText() : value.WithoutBare());
        }

        return result;
    }

    [MethodImpl(HotPath.Optimized)]
    private ContentValue Elements(ImmutableArray<IOperation> elements, int depth)
    {
        var result = ContentValue.None;
        foreach (var element in elements)
        {
            result = result.Join(Evaluate(element, depth));
        }

        return result;
    }

    [MethodImpl(HotPath.Optimized)]
    private ContentValue Parts(IInterpolatedStringOperation interpolated, int depth)
    {
        var result = ContentValue.None;
        foreach (var part in interpolated.Parts)
        {
            switch (part)
            {
                case IInterpolationOperation interpolation:
                    result = result.Join(Evaluate(interpolation.Expression, depth));
                    break;
                case IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation append }:
                    result = Arguments(append.Arguments, result, depth, keepBare: true);
                    break;
            }
        }

        // Formatting a marked value makes text: the interpolation is content.
        return result.AsText();
    }

    private ContentValue Bare(ITypeSymbol? type)
        => (_context.FactsOf(type) & TypeFacts.Marked) != 0 ? ContentValue.BareOf(type!.Name) : ContentValue.None;
}
