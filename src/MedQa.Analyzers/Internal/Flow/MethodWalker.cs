using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// Walks one body's operations once and returns its facts: the summary of the body and of each minimal-API
/// handler lambda in it (a response of its own). Locals, lambdas' results and pattern variables are solved when a
/// fact first reads them, by a worklist that re-evaluates an assignment only when a local it read changed
/// (<see cref="LocalSolver"/>): linear in the body's size.
/// </summary>
internal sealed class MethodWalker
{
    // Most bodies' depth-first frontier is small; a larger one grows. (A start of 256 entries took 6 KB per body: 36 MB a compilation.)
    private const int InitialStackCapacity = 16;

    private readonly RenderContext _context;
    private readonly StructureCollector _structure;
    private readonly PendingFacts _pending = new();
    private readonly List<(ISymbol Target, IOperation Value)> _assignments = [];
    private readonly Stack<(IOperation Operation, MethodSummary Frame, IMethodSymbol? Lambda)> _stack = new(InitialStackCapacity);
    private readonly LocalTable _locals = new();
    private readonly ContentEvaluator _evaluator;
    private readonly LocalSolver _solver;
    private readonly ViewArgumentCollector _viewArguments;
    private Dictionary<IOperation, MethodSummary> _handlerFrames = [];
    private List<MethodSummary> _frames = []; // the current body's, replaced at each Walk

    /// <summary>A walker for one body after another (<see cref="WalkerPool"/>): its working lists are kept, emptied, between bodies.</summary>
    /// <param name="context">The compilation's symbols.</param>
    public MethodWalker(RenderContext context)
    {
        _context = context.ForOneUser(); // one thread's at a time: its memo reads need no thread-local slot
        _structure = new StructureCollector(_context);
        _solver = new LocalSolver(_locals);
        _evaluator = new ContentEvaluator(_context, _solver);
        _viewArguments = new ViewArgumentCollector(_context);
    }

    /// <summary>The body's summary first, then one per handler lambda; walked by a new walker.</summary>
    /// <param name="context">The compilation's symbols.</param>
    /// <param name="owner">The member whose body it is.</param>
    /// <param name="unitType">The type whose unit the body belongs to (<see cref="UnitFactory.UnitType"/>), known to the caller once per type.</param>
    /// <param name="blocks">The body's operation blocks.</param>
    /// <param name="structure">Receives the body's Razor and MVC structure.</param>
    public static List<MethodSummary> Walk(RenderContext context, ISymbol owner, INamedTypeSymbol? unitType, ImmutableArray<IOperation> blocks, UnitStructure structure)
        => new MethodWalker(context).Walk(owner, unitType, blocks, structure);

    /// <summary>The body's summary first, then one per handler lambda (see the static <see cref="Walk(RenderContext, ISymbol, INamedTypeSymbol?, ImmutableArray{IOperation}, UnitStructure)"/>).</summary>
    [MethodImpl(HotPath.Optimized)]
    public List<MethodSummary> Walk(ISymbol owner, INamedTypeSymbol? unitType, ImmutableArray<IOperation> blocks, UnitStructure structure)
    {
        try
        {
            var body = new MethodSummary(owner);
            _frames = [body]; // handed to the caller: a new list per body
            _structure.Begin(structure);
            _evaluator.Begin(unitType);
            Run(body, blocks);
            return _frames;
        }
        finally
        {
            Clear();
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private void Run(MethodSummary body, ImmutableArray<IOperation> blocks)
    {
        var stack = _stack;
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
            if (kind == OperationKind.AnonymousFunction && _handlerFrames.TryGetValue(operation, out var handler))
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
                Visit(operation, kind, frame, lambda);
            }

            foreach (var child in operation.ChildOperations)
            {
                if (child is not null)
                {
                    stack.Push((child, frame, childLambda));
                }
            }
        }

        if (_structure.BuildsRenderTree)
        {
            foreach (var (property, value) in _structure.ComponentParameters())
            {
                _pending.AddWrite(body, property, value);
            }
        }

        Solve();
    }

    // Empties the working lists for the next body (also after an exception), keeping their storage; references
    // into this body's operations and symbols go with them.
    private void Clear()
    {
        _stack.Clear();
        _pending.Clear();
        _assignments.Clear();
        _locals.Clear();
        _solver.Clear();
        _viewArguments.Clear();
        _structure.Clear();
        _handlerFrames = Scratch.Emptied(_handlerFrames);
    }

    [MethodImpl(HotPath.Optimized)]
    private void Visit(IOperation operation, OperationKind kind, MethodSummary frame, IMethodSymbol? lambda)
    {
        var definition = kind == OperationKind.Invocation ? RenderContext.DefinitionOf(((IInvocationOperation)operation).TargetMethod) : null; // read once
        var apis = definition is null ? default : _context.ApisOfDefinition(definition);
        _structure.Visit(operation, kind, frame, apis);

        // By kind, then one cast (as ContentEvaluator does): a chain of interface type tests cost a failed cast per
        // case passed, twelve for a return (the casts in here: 3, 9, 6, 12 samples, then 8, 4, 2, 1; benchmarks/analyzer/history/session-12.md).
        switch (kind)
        {
            case OperationKind.Invocation:
                VisitInvocation(frame, (IInvocationOperation)operation, definition!, apis);
                break;
            case OperationKind.PropertyReference:
                // Both facts asked here hold alike for every construction of a generic type's property, and its
                // definition is one object (a construction is a new one at each use): the cache answers by reference.
                var property = ((IPropertyReferenceOperation)operation).Property;
                var facts = _context.FactsOf(property.OriginalDefinition);
                if ((facts & MemberFacts.RendersDisclaimer) != 0)
                {
                    frame.RendersDisclaimer = true;
                }
                else if ((facts & MemberFacts.SourceGetter) != 0)
                {
                    frame.Callees.Add(property.GetMethod!.OriginalDefinition);
                }

                break;
            case OperationKind.PropertyInitializer:
            case OperationKind.FieldInitializer:
                var initializer = (ISymbolInitializerOperation)operation;
                var members = operation is IPropertyInitializerOperation properties
                    ? properties.InitializedProperties.CastArray<ISymbol>()
                    : ((IFieldInitializerOperation)operation).InitializedFields.CastArray<ISymbol>();
                foreach (var initialized in ScalarTypes.IsScalar(initializer.Value.Type) ? [] : members)
                {
                    _pending.AddMemberWrite(frame, initialized.OriginalDefinition, initializer.Value);
                }

                break;
            case OperationKind.VariableDeclarator:
                if (operation is IVariableDeclaratorOperation { Initializer.Value: { } value } declarator && !ScalarTypes.IsScalar(declarator.Symbol.Type))
                {
                    _assignments.Add((declarator.Symbol, value));
                }

                break;
            case OperationKind.SimpleAssignment:
            case OperationKind.CompoundAssignment:
            case OperationKind.CoalesceAssignment:
            case OperationKind.DeconstructionAssignment:
                var assignment = (IAssignmentOperation)operation;
                Assign(frame, assignment.Target, assignment.Value);
                _viewArguments.VisitAssignment(frame, assignment);
                break;
            case OperationKind.MemberInitializer:
                var memberInitializer = (IMemberInitializerOperation)operation;
                foreach (var item in memberInitializer.Initializer.Initializers)
                {
                    // new Vm { Lines = { a.Body } }: each added element is stored in the member.
                    foreach (var argument in item is IInvocationOperation add ? add.Arguments : [])
                    {
                        Assign(frame, memberInitializer.InitializedMember, argument.Value);
                    }
                }

                break;
            case OperationKind.Loop:
                if (operation is IForEachLoopOperation { LoopControlVariable: IVariableDeclaratorOperation variable } loop && !ScalarTypes.IsScalar(variable.Symbol.Type))
                {
                    _assignments.Add((variable.Symbol, loop.Collection));
                }

                break;
            case OperationKind.DeclarationPattern:
            case OperationKind.RecursivePattern:
                var declared = operation is IDeclarationPatternOperation declaration ? declaration.DeclaredSymbol : ((IRecursivePatternOperation)operation).DeclaredSymbol;
                if (declared is ILocalSymbol local && !ScalarTypes.IsScalar(local.Type) && OperationShapes.MatchedValue(operation) is { } matched)
                {
                    _assignments.Add((local, matched));
                }

                break;
            case OperationKind.Return:
            case OperationKind.YieldReturn:
            case OperationKind.YieldBreak:
                if (((IReturnOperation)operation).ReturnedValue is { } returned && !ScalarTypes.IsScalar(returned.Type))
                {
                    if (lambda is null)
                    {
                        _pending.AddReturn(frame, returned);
                    }
                    else
                    {
                        _assignments.Add((lambda.OriginalDefinition, returned)); // a lambda's result, read where the lambda is used
                    }
                }

                break;
            case OperationKind.ObjectCreation:
                if (((IObjectCreationOperation)operation) is { Constructor: { } constructor } creation && _context.IsSource(constructor))
                {
                    frame.Callees.Add(constructor.OriginalDefinition);
                    AddCalls(frame, creation.Arguments);
                }

                break;
            case OperationKind.DynamicInvocation:
                if (operation is IDynamicInvocationOperation { Operation: IDynamicMemberReferenceOperation { MemberName: "Write" or "WriteLiteral" } member } dynamic
                    && (TypeRelations.InheritsFrom(member.Instance?.Type, _context.Types.RazorPageBase) || member.Instance is null))
                {
                    // @ViewBag.Body in a view: Write(dynamic) binds at run time.
                    foreach (var argument in dynamic.Arguments)
                    {
                        _pending.AddSinkArgument(frame, argument);
                    }
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
                _pending.AddWrite(frame, key, value);
                break;
            case IPropertyReferenceOperation property:
                _pending.AddMemberWrite(frame, property.Property.OriginalDefinition, value);
                break;
            case IFieldReferenceOperation field:
                _pending.AddMemberWrite(frame, field.Field.OriginalDefinition, value);
                break;
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private void VisitInvocation(MethodSummary frame, IInvocationOperation invocation, IMethodSymbol definition, MethodApis apis)
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
                    // A literal (Razor's WriteLiteral("<p>"), most sink arguments of a view) is neither content nor the disclaimer.
                    if (argument.Value.Kind != OperationKind.Literal && !IsOutput(argument) && !ScalarTypes.IsScalar(argument.Value.Type))
                    {
                        _pending.AddSinkArgument(frame, argument.Value);
                    }
                }

                break;
        }

        if (apis.IsMarked && method.ReturnsVoid && _context.WritesToOutput(method))
        {
            // renderer.RenderAnswers(thread, writer): a marked method that writes answer content to an output renders it.
            frame.Sinks.Add(new SinkEvent(invocation.Syntax.GetLocation(), ContentValue.Of(ContentEvaluator.Name(method))));
        }

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
                _pending.AddCall(frame, parameter.OriginalDefinition, argument.Value);
            }
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private bool IsOutput(IArgumentOperation argument)
        => argument.Parameter is { } parameter && _context.IsOutputParameter(parameter.Type) && !_context.IsTextLike(parameter.Type);

    [MethodImpl(HotPath.Optimized)]
    private void Solve()
    {
        _solver.Begin(_assignments); // a local is solved when a fact below first reads it
        _pending.Record(_context, _evaluator);
        _viewArguments.Record(_evaluator);
        _frames[0].LocalAssignments = _assignments.Count;
        _frames[0].LocalEvaluations = _solver.Evaluations;
    }
}
