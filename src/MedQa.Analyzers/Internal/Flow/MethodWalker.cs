using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// Walks one body's operations once and returns its facts: the summary of the body and of each minimal-API
/// handler lambda in it (a response of its own). Locals, lambdas' results and pattern variables are solved by a
/// worklist that re-evaluates an assignment only when a local it read changed: linear in the body's size.
/// </summary>
internal sealed class MethodWalker
{
    // Most bodies' depth-first frontier is small; a larger one grows. (A start of 256 entries took 6 KB per body: 36 MB a compilation.)
    private const int InitialStackCapacity = 16;

    private readonly RenderContext _context;
    private readonly StructureCollector _structure;
    private readonly List<MethodSummary> _frames = [];
    private readonly Dictionary<IOperation, MethodSummary> _handlerFrames = [];
    private readonly List<(ISymbol Target, IOperation Value)> _assignments = [];
    private readonly LocalTable _locals = new();
    private readonly List<(MethodSummary Frame, IOperation Argument)> _sinkArguments = [];
    private readonly List<(MethodSummary Frame, IOperation Value)> _returns = [];
    private readonly List<(MethodSummary Frame, IParameterSymbol Parameter, IOperation Argument)> _calls = [];
    private readonly List<(MethodSummary Frame, object Node, IOperation Value)> _writes = [];
    private readonly ContentEvaluator _evaluator;
    private readonly ViewArgumentCollector _viewArguments;

    private MethodWalker(RenderContext context, ISymbol owner, INamedTypeSymbol? unitType, UnitStructure structure)
    {
        _context = context;
        _structure = new StructureCollector(context, structure);
        _frames.Add(new MethodSummary(owner));
        _evaluator = new ContentEvaluator(context, _locals, unitType);
        _viewArguments = new ViewArgumentCollector(context);
    }

    /// <summary>The body's summary first, then one per handler lambda.</summary>
    /// <param name="context">The compilation's symbols.</param>
    /// <param name="owner">The member whose body it is.</param>
    /// <param name="unitType">The type whose unit the body belongs to (<see cref="UnitFactory.UnitType"/>), known to the caller once per type.</param>
    /// <param name="blocks">The body's operation blocks.</param>
    /// <param name="structure">Receives the body's Razor and MVC structure.</param>
    [MethodImpl(HotPath.Optimized)]
    public static List<MethodSummary> Walk(RenderContext context, ISymbol owner, INamedTypeSymbol? unitType, ImmutableArray<IOperation> blocks, UnitStructure structure)
    {
        var walker = new MethodWalker(context, owner, unitType, structure);
        var stack = new Stack<(IOperation Operation, MethodSummary Frame, IMethodSymbol? Lambda)>(InitialStackCapacity);
        var body = walker._frames[0];
        foreach (var block in blocks)
        {
            if (block is not null)
            {
                stack.Push((block, body, null));
            }
        }

        while (stack.Count > 0)
        {
            var (operation, frame, lambda) = stack.Pop();
            var kind = operation.Kind;
            var childLambda = lambda;
            if (kind == OperationKind.AnonymousFunction && walker._handlerFrames.TryGetValue(operation, out var handler))
            {
                frame = handler;
                lambda = null; // The handler's returns are its own response.
                childLambda = null; // A handler lambda's returns are its frame's response.
            }
            else if (kind == OperationKind.AnonymousFunction)
            {
                childLambda = ((IAnonymousFunctionOperation)operation).Symbol;
            }
            else if (kind == OperationKind.LocalFunction)
            {
                childLambda = ((ILocalFunctionOperation)operation).Symbol;
            }

            if (WalkedKinds.IsWalked(kind))
            {
                walker.Visit(operation, frame, lambda);
            }

            foreach (var child in operation.ChildOperations)
            {
                if (child is not null)
                {
                    stack.Push((child, frame, childLambda));
                }
            }
        }

        if (walker._structure.BuildsRenderTree)
        {
            foreach (var (property, value) in walker._structure.ComponentParameters())
            {
                walker._writes.Add((body, property, value));
            }
        }

        walker.Solve();
        return walker._frames;
    }

    [MethodImpl(HotPath.Optimized)]
    private void Visit(IOperation operation, MethodSummary frame, IMethodSymbol? lambda)
    {
        var apis = operation.Kind == OperationKind.Invocation ? _context.ApisOf(((IInvocationOperation)operation).TargetMethod) : default;
        _structure.Visit(operation, frame, apis);

        // The commonest kinds first: each case is an interface type test, and a miss costs as much as a hit.
        switch (operation)
        {
            case IInvocationOperation invocation:
                VisitInvocation(frame, invocation, apis);
                break;
            case IPropertyReferenceOperation property:
                // Both facts asked here hold alike for every construction of a generic type's property, and its
                // definition is one object (a construction is a new one at each use): the cache answers by reference.
                var facts = _context.FactsOf(property.Property.OriginalDefinition);
                if ((facts & MemberFacts.RendersDisclaimer) != 0)
                {
                    frame.RendersDisclaimer = true;
                }
                else if ((facts & MemberFacts.SourceGetter) != 0)
                {
                    frame.Callees.Add(property.Property.GetMethod!.OriginalDefinition);
                }

                break;
            case IPropertyInitializerOperation initializer:
                foreach (var property in initializer.InitializedProperties)
                {
                    if (IsStoredFlow(property) && !ScalarTypes.IsScalar(initializer.Value.Type))
                    {
                        _writes.Add((frame, property.OriginalDefinition, initializer.Value));
                    }
                }

                break;
            case IFieldInitializerOperation initializer:
                foreach (var field in initializer.InitializedFields)
                {
                    if (IsStoredFlow(field) && !ScalarTypes.IsScalar(initializer.Value.Type))
                    {
                        _writes.Add((frame, field.OriginalDefinition, initializer.Value));
                    }
                }

                break;
            case IVariableDeclaratorOperation { Initializer.Value: { } value } declarator when !ScalarTypes.IsScalar(declarator.Symbol.Type):
                _assignments.Add((declarator.Symbol, value));
                break;
            case IAssignmentOperation assignment:
                Assign(frame, assignment.Target, assignment.Value);
                _viewArguments.VisitAssignment(frame, assignment);
                break;
            case IMemberInitializerOperation { InitializedMember: var member, Initializer.Initializers: var items }:
                foreach (var item in items)
                {
                    // new Vm { Lines = { a.Body } }: each added element is stored in the member.
                    foreach (var argument in item is IInvocationOperation add ? add.Arguments : [])
                    {
                        Assign(frame, member, argument.Value);
                    }
                }

                break;
            case IForEachLoopOperation { LoopControlVariable: IVariableDeclaratorOperation variable } loop when !ScalarTypes.IsScalar(variable.Symbol.Type):
                _assignments.Add((variable.Symbol, loop.Collection));
                break;
            case IDeclarationPatternOperation { DeclaredSymbol: ILocalSymbol declared } pattern when !ScalarTypes.IsScalar(declared.Type) && OperationShapes.MatchedValue(pattern) is { } matched:
                _assignments.Add((declared, matched));
                break;
            case IRecursivePatternOperation { DeclaredSymbol: ILocalSymbol declared } pattern when !ScalarTypes.IsScalar(declared.Type) && OperationShapes.MatchedValue(pattern) is { } matched:
                _assignments.Add((declared, matched));
                break;
            case IReturnOperation { ReturnedValue: { } returned } when !ScalarTypes.IsScalar(returned.Type):
                if (lambda is null)
                {
                    _returns.Add((frame, returned));
                }
                else
                {
                    _assignments.Add((lambda.OriginalDefinition, returned)); // a lambda's result, read where the lambda is used
                }

                break;
            case IObjectCreationOperation { Constructor: { } constructor } creation when _context.IsSource(constructor):
                frame.Callees.Add(constructor.OriginalDefinition);
                AddCalls(frame, creation.Arguments);
                break;
            case IDynamicInvocationOperation { Operation: IDynamicMemberReferenceOperation { MemberName: "Write" or "WriteLiteral" } member } dynamic
                when TypeRelations.InheritsFrom(member.Instance?.Type, _context.Types.RazorPageBase) || member.Instance is null:
                // @ViewBag.Body in a view: Write(dynamic) binds at run time.
                foreach (var argument in dynamic.Arguments)
                {
                    _sinkArguments.Add((frame, argument));
                }

                break;
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private void Assign(MethodSummary frame, IOperation target, IOperation value)
    {
        if (ScalarTypes.IsScalar(value.Type))
        {
            return; // a count or an id: never content, nothing to record
        }

        switch (target)
        {
            case ILocalReferenceOperation local:
                _assignments.Add((local.Local, value));
                break;
            case IPropertyReferenceOperation or IDynamicMemberReferenceOperation when _evaluator.ViewDataKeyOf(target) is { } key:
                _writes.Add((frame, key, value));
                break;
            case IPropertyReferenceOperation property when IsStoredFlow(property.Property):
                _writes.Add((frame, property.Property.OriginalDefinition, value));
                break;
            case IFieldReferenceOperation field when IsStoredFlow(field.Field):
                _writes.Add((frame, field.Field.OriginalDefinition, value));
                break;
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private void VisitInvocation(MethodSummary frame, IInvocationOperation invocation, MethodApis apis)
    {
        var method = invocation.TargetMethod;
        _viewArguments.VisitInvocation(frame, invocation, apis);
        switch (apis.Role)
        {
            case MethodRole.RendersDisclaimer:
                frame.RendersDisclaimer = true;
                return;
            case MethodRole.Sink:
                foreach (var argument in invocation.Arguments)
                {
                    if (!IsOutput(argument) && !ScalarTypes.IsScalar(argument.Value.Type))
                    {
                        _sinkArguments.Add((frame, argument.Value));
                    }
                }

                break;
        }

        if (apis.IsMarked && method.ReturnsVoid && WritesToOutput(method))
        {
            // renderer.RenderAnswers(thread, writer): a marked method that writes answer content to an output renders it.
            frame.Sinks.Add(new SinkEvent(invocation.Syntax.GetLocation(), ContentValue.Of(ContentEvaluator.Name(method))));
        }

        var definition = (method.ReducedFrom ?? method).OriginalDefinition;
        if (apis.IsSource && method.MethodKind != MethodKind.LocalFunction)
        {
            frame.Callees.Add(definition);
            AddCalls(frame, invocation.Arguments);
        }
        else if (method.MethodKind == MethodKind.LocalFunction)
        {
            frame.Callees.Add(definition);
        }

        if (apis.Is(MethodApiKinds.BuilderMember) && !OperationShapes.ContinuesBuilderChain(_context, invocation) && OperationShapes.Root(invocation) is ILocalReferenceOperation builder)
        {
            // builder.Append(content): the builder, and so its ToString(), now carries the content.
            _assignments.Add((builder.Local, invocation));
        }

        if (apis.Is(MethodApiKinds.EndpointMap))
        {
            RegisterHandlers(frame, invocation);
        }
    }

    // A handler given to MapGet & co.: a lambda becomes a frame of its own; a method group a handler method.
    private void RegisterHandlers(MethodSummary summary, IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            var value = ContentEvaluator.Unwrap(argument.Value);
            if (value is IDelegateCreationOperation creation)
            {
                value = creation.Target;
            }

            switch (value)
            {
                case IAnonymousFunctionOperation lambda when !_handlerFrames.ContainsKey(lambda):
                    var handler = new MethodSummary(lambda.Symbol);
                    _handlerFrames[lambda] = handler;
                    _frames.Add(handler);
                    break;
                case IMethodReferenceOperation reference when _context.IsSource(reference.Method):
                    summary.HandlerMethods.Add(reference.Method.OriginalDefinition);
                    break;
            }
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private void AddCalls(MethodSummary frame, ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter && argument.ArgumentKind != ArgumentKind.DefaultValue && !ScalarTypes.IsScalar(argument.Value.Type))
            {
                _calls.Add((frame, parameter.OriginalDefinition, argument.Value));
            }
        }
    }

    // A field or property of the project's own that is not itself marked: what is stored in it is a flow node.
    [MethodImpl(HotPath.Optimized)]
    private bool IsStoredFlow(ISymbol member) => (_context.FactsOf(member) & (MemberFacts.Source | MemberFacts.Marked)) == MemberFacts.Source;

    [MethodImpl(HotPath.Optimized)]
    private bool IsOutput(IArgumentOperation argument)
        => argument.Parameter is { } parameter && _context.IsOutputParameter(parameter.Type) && !_context.IsTextLike(parameter.Type);

    private bool WritesToOutput(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            if (_context.IsOutputParameter(parameter.Type))
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(HotPath.Optimized)]
    private void Solve()
    {
        var solver = new LocalSolver(_evaluator, _locals);
        solver.Solve(_assignments);
        _frames[0].LocalAssignments = _assignments.Count;
        _frames[0].LocalEvaluations = solver.Evaluations;
        Record();
    }

    [MethodImpl(HotPath.Optimized)]
    private void Record()
    {
        foreach (var (frame, argument) in _sinkArguments)
        {
            if (DisclaimerText.IsWritten(_context, argument))
            {
                frame.RendersDisclaimer = true;
            }

            var value = _evaluator.Evaluate(argument);
            if (!value.IsNone)
            {
                frame.Sinks.Add(new SinkEvent(argument.Syntax.GetLocation(), value));
            }
        }

        foreach (var (summary, returned) in _returns)
        {
            var value = _evaluator.Evaluate(returned);
            summary.Returns = summary.Returns.Join(value);
            if (!value.IsNone)
            {
                summary.ReturnSites.Add(new SinkEvent(returned.Syntax.GetLocation(), value));
            }
        }

        foreach (var (frame, parameter, argument) in _calls)
        {
            var value = _evaluator.Evaluate(argument);
            if (!value.IsNone)
            {
                frame.Calls.Add(new CallFact(parameter, value, argument.Syntax.GetLocation()));
            }
        }

        _viewArguments.Record(_evaluator);
        foreach (var (frame, node, written) in _writes)
        {
            var value = _evaluator.Evaluate(written);
            if (!value.IsNone)
            {
                frame.Writes.Add(new FlowWrite(node, value));
            }
        }
    }
}
