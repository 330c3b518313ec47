using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// What one expression may carry (<see cref="ContentValue"/>), from the operation alone and the current values of
/// the body's locals. Pure: it reads symbols and the locals table, and reports the locals it read.
/// </summary>
internal sealed class ContentEvaluator
{
    /// <summary>The deepest expression followed (nested conversions, calls, concatenations); deeper parts count as no content.</summary>
    public const int MaxExpressionDepth = 64;

    private readonly RenderContext _context;
    private readonly Dictionary<ISymbol, ContentValue> _locals;
    private readonly ViewModelSlot? _model;

    /// <param name="context">The compilation's symbols.</param>
    /// <param name="locals">The body's locals, as the solver knows them so far.</param>
    /// <param name="view">The (Razor view) class the body belongs to: its <c>Model</c> is what the view is given.</param>
    public ContentEvaluator(RenderContext context, Dictionary<ISymbol, ContentValue> locals, INamedTypeSymbol? view = null)
    {
        _context = context;
        _locals = locals;
        _model = view is null ? null : new ViewModelSlot(view);
    }

    /// <summary>Called with each local (or lambda) whose value an evaluation read: the solver re-evaluates when it changes.</summary>
    public List<ISymbol>? Reads { get; set; }

    public ContentValue Evaluate(IOperation? operation) => Evaluate(operation, 0);

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

    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation or IParenthesizedOperation)
        {
            operation = operation is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)operation).Operand;
        }

        return operation;
    }

    private ContentValue Evaluate(IOperation? operation, int depth)
    {
        if (operation is null || depth > MaxExpressionDepth || operation.ConstantValue.HasValue)
        {
            return ContentValue.None;
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
                return Local(local.Local);
            case IParameterReferenceOperation parameter:
                return Parameter(parameter.Parameter);
            case IInstanceReferenceOperation instance:
                return Bare(instance.Type);
            case IPropertyReferenceOperation property when _model is not null && _context.IsModelProperty(property.Property):
                // The view's own Model: text it is given (a string, HTML, an object) is rendered where it is given.
                // A typed view model's members are followed by member instead (Member), so that its ids stay silent.
                var model = Member(property, property.Property, property.Property.Type, property.Instance, depth);
                return _context.IsTextLike(property.Property.Type) ? model.Join(ContentValue.FromParameter(_model)) : model;
            case IPropertyReferenceOperation property:
                return ViewDataKeyOf(property) is { } key
                    ? ContentValue.DependsOn(key)
                    : Member(property, property.Property, property.Property.Type, property.Instance, depth);
            case IFieldReferenceOperation field:
                return Member(field, field.Field, field.Field.Type, field.Instance, depth);
            case IDynamicMemberReferenceOperation dynamicMember:
                return ViewDataKeyOf(dynamicMember) is { } bagKey ? ContentValue.DependsOn(bagKey) : Evaluate(dynamicMember.Instance, depth).AsText();
            case IInvocationOperation invocation:
                return Invocation(invocation, depth);
            case IInterpolatedStringHandlerCreationOperation handler:
                return Evaluate(handler.Content, depth);
            case IInterpolatedStringOperation interpolated:
                return Parts(interpolated, depth);
            case IBinaryOperation binary:
                return binary.Type?.SpecialType == SpecialType.System_String
                    ? Evaluate(binary.LeftOperand, depth).Join(Evaluate(binary.RightOperand, depth)).AsText()
                    : ContentValue.None;
            case IConditionalOperation conditional:
                return Evaluate(conditional.WhenTrue, depth).Join(Evaluate(conditional.WhenFalse, depth));
            case ICoalesceOperation coalesce:
                return Evaluate(coalesce.Value, depth).Join(Evaluate(coalesce.WhenNull, depth));
            case ISwitchExpressionOperation switchExpression:
                var arms = ContentValue.None;
                foreach (var arm in switchExpression.Arms)
                {
                    arms = arms.Join(Evaluate(arm.Value, depth));
                }

                return arms;
            case IConditionalAccessOperation access:
                return Evaluate(access.WhenNotNull, depth);
            case IAssignmentOperation assignment:
                return Evaluate(assignment.Value, depth);
            case IObjectCreationOperation creation when _context.IsTextLike(creation.Type):
                var created = Arguments(creation.Arguments, ContentValue.None, depth, keepBare: true);
                foreach (var item in creation.Initializer?.Initializers ?? [])
                {
                    // new List<string> { "<hr>", a.Body }: the collection holds what is added to it.
                    created = item is IInvocationOperation add ? Arguments(add.Arguments, created, depth, keepBare: false) : created;
                }

                return created;
            case IArrayElementReferenceOperation element:
                return _context.IsTextLike(element.Type) ? Evaluate(element.ArrayReference, depth).WithoutBare() : ContentValue.None;
            case IImplicitIndexerReferenceOperation slice:
                // answer.Body[..120]: a slice of content is content.
                return _context.IsTextLike(slice.Type) ? Evaluate(slice.Instance, depth) : ContentValue.None;
            case IArrayCreationOperation { Initializer: { } initializer }:
                return Elements(initializer.ElementValues, depth);
            case ICollectionExpressionOperation collection:
                return Elements(collection.Elements, depth);
            case IAnonymousFunctionOperation lambda:
                return Local(lambda.Symbol);
            case IDelegateCreationOperation creation:
                return Evaluate(creation.Target, depth);
            case IMethodReferenceOperation reference when _context.IsSource(reference.Method) && !reference.Method.IsAbstract:
                return ContentValue.DependsOn(reference.Method.OriginalDefinition);
            default:
                return ContentValue.None;
        }
    }

    private ContentValue Local(ISymbol symbol)
    {
        Reads?.Add(symbol);
        return _locals.TryGetValue(symbol, out var value) ? value : ContentValue.None;
    }

    private ContentValue Parameter(IParameterSymbol parameter)
    {
        var value = Bare(parameter.Type);
        if (parameter.ContainingSymbol is IMethodSymbol { MethodKind: not MethodKind.AnonymousFunction and not MethodKind.LambdaMethod } method
            && (_context.IsTextLike(parameter.Type) || _context.IsSource(parameter.Type) || value.Bare is not null)
            && _context.IsSource(method))
        {
            value = value.Join(ContentValue.FromParameter(parameter.OriginalDefinition));
        }

        return value;
    }

    private ContentValue Member(IOperation reference, ISymbol member, ITypeSymbol type, IOperation? instance, int depth)
    {
        var markers = _context.Markers;
        if (markers.IsMarkedMember(member))
        {
            return ContentValue.Of(Name(member));
        }

        var containing = member.ContainingType;
        var textual = _context.IsTextLike(type);
        if (containing is not null && markers.IsMarkedType(containing) && !markers.MarksMembers(containing) && (textual || markers.IsMarkedType(type)))
        {
            // A marked type that marks none of its members: all its text is content.
            return ContentValue.Of(Name(member));
        }

        if (markers.IsMarkedType(type))
        {
            return ContentValue.BareOf(Name(member));
        }

        if (!textual)
        {
            return ContentValue.None;
        }

        var value = instance is null ? ContentValue.None : Evaluate(instance, depth).WithoutBare();
        if (_context.IsSource(member) && !reference.IsImplicit && member is IFieldSymbol or IPropertySymbol)
        {
            // A field or property of the project's own types: content when something stores content in it, compilation-wide.
            value = value.Join(ContentValue.DependsOn(member.OriginalDefinition));
        }

        return value;
    }

    private ContentValue Invocation(IInvocationOperation invocation, int depth)
    {
        var method = invocation.TargetMethod;
        var apis = _context.ApisOf(method);
        var role = apis.Role;
        if (role is MethodRole.Excluded or MethodRole.RendersDisclaimer)
        {
            return ContentValue.None;
        }

        var markers = _context.Markers;
        if (apis.IsMarked)
        {
            return ContentValue.Of(Name(method));
        }

        if (method.MethodKind == MethodKind.LocalFunction)
        {
            return Local(method.OriginalDefinition);
        }

        var returnType = method.ReturnType;
        var textResult = _context.IsTextLike(returnType);
        if (method.ContainingType is { } containing && markers.IsMarkedType(containing) && !markers.MarksMembers(containing) && textResult)
        {
            return ContentValue.Of(Name(method));
        }

        if (!textResult)
        {
            // First(), Single(): a marked value, named by its type (the member that holds the content is read next).
            return markers.IsMarkedType(returnType) ? ContentValue.BareOf(returnType.Name) : ContentValue.None;
        }

        // A parameterless call on a marked value (ToString(), ToHtml()) is its text; MedQa's own methods turn marked values into text.
        var library = role == MethodRole.MarkerLibrary;
        var instanceText = invocation.Arguments.Length == 0 && !method.IsStatic;
        var result = invocation.Instance is null ? ContentValue.None : Evaluate(invocation.Instance, depth);
        result = library || instanceText ? result.AsText() : result.WithoutBare();
        result = Arguments(invocation.Arguments, result, depth, keepBare: library);
        if (apis.IsSource && !method.IsAbstract)
        {
            result = result.Join(ContentValue.DependsOn((method.ReducedFrom ?? method).OriginalDefinition));
        }

        return result;
    }

    private ContentValue Arguments(ImmutableArray<IArgumentOperation> arguments, ContentValue result, int depth, bool keepBare)
    {
        foreach (var argument in arguments)
        {
            var value = Evaluate(argument.Value, depth);
            result = result.Join(keepBare ? value.AsText() : value.WithoutBare());
        }

        return result;
    }

    private ContentValue Elements(ImmutableArray<IOperation> elements, int depth)
    {
        var result = ContentValue.None;
        foreach (var element in elements)
        {
            result = result.Join(Evaluate(element, depth));
        }

        return result;
    }

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
        => _context.Markers.IsMarkedType(type) ? ContentValue.BareOf(type!.Name) : ContentValue.None;
}
