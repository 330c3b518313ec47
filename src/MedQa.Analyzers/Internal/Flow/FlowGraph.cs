using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// The compilation's content flow, from every body's summary: which flow nodes carry content (methods' results,
/// fields and properties, parameters, <c>ViewData</c> keys: forward, compilation-wide), which parameters reach a
/// sink (backward: the call site renders what it passes), and which methods render the disclaimer.
/// </summary>
internal sealed class FlowGraph
{
    private readonly Dictionary<object, List<object>> _inputs = new(FlowNodeComparer.Instance);
    private readonly HashSet<object> _seeds = new(FlowNodeComparer.Instance);
    private readonly Dictionary<object, List<object>> _passedTo = new(FlowNodeComparer.Instance);
    private readonly HashSet<object> _sinkParameters = new(FlowNodeComparer.Instance);
    private readonly List<IMethodSymbol> _dispatchSources = []; // reused by every summary's Dispatch
    private readonly HashSet<object> _carriesContent;
    private readonly HashSet<object> _reachesSink;

    [MethodImpl(HotPath.Optimized)]
    public FlowGraph(IEnumerable<MethodSummary> summaries)
    {
        var all = new List<MethodSummary>(summaries);
        foreach (var summary in all)
        {
            Add(summary);
        }

        // Roots: every node something stores into, and every node a rendering or a call depends on.
        var roots = new List<object>(_inputs.Keys);
        foreach (var summary in all)
        {
            foreach (var sink in summary.Sinks)
            {
                roots.AddRange(sink.Value.Dependencies);
            }

            foreach (var returned in summary.ReturnSites)
            {
                roots.AddRange(returned.Value.Dependencies);
            }
        }

        _carriesContent = Fixpoint.Solve(roots, _seeds.Contains, Inputs, Quantifier.Any, FlowNodeComparer.Instance);
        // A parameter reaches a sink when it is passed on to one that does: reverse the "passed to" edges.
        var parameters = new List<object>(_passedTo.Keys);
        parameters.AddRange(_sinkParameters);
        _reachesSink = Fixpoint.Solve<object>(
            parameters,
            _sinkParameters.Contains,
            parameter => _passedTo.TryGetValue(parameter, out var callees) ? callees : [],
            Quantifier.Any,
            FlowNodeComparer.Instance);
    }

    /// <summary>Whether a value carries content, now that every node is known.</summary>
    [MethodImpl(HotPath.Optimized)]
    public bool IsContent(ContentValue value)
    {
        if (value.IsContent || value.Bare is not null)
        {
            return true;
        }

        foreach (var dependency in value.Dependencies)
        {
            if (_carriesContent.Contains(dependency))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The member that holds the content, for the message.</summary>
    public string NameOf(ContentValue value)
    {
        if ((value.Member ?? value.Bare) is { } name)
        {
            return name;
        }

        foreach (var dependency in value.Dependencies)
        {
            if (_carriesContent.Contains(dependency))
            {
                return dependency is ISymbol symbol ? ContentEvaluator.Name(symbol) : dependency.ToString();
            }
        }

        return "?";
    }

    /// <summary>Whether content passed to this parameter (or given to this view as its model) is rendered by the callee.</summary>
    public bool ReachesSink(object parameter) => _reachesSink.Contains(parameter);

    private IEnumerable<object> Inputs(object node)
    {
        if (_inputs.TryGetValue(node, out var inputs))
        {
            foreach (var input in inputs)
            {
                yield return input;
            }
        }

        if (node is IPropertySymbol { GetMethod: { } getter })
        {
            yield return getter.OriginalDefinition; // a computed property carries what its getter returns
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private void Add(MethodSummary summary)
    {
        if (summary.Owner is IMethodSymbol method)
        {
            Flow(method.OriginalDefinition, summary.Returns, withParameters: false);
            if (method.Parameters.Length > 0)
            {
                Dispatch(method.OriginalDefinition);
            }
        }

        foreach (var write in summary.Writes)
        {
            Flow(write.Node, write.Value, withParameters: true);
        }

        foreach (var call in summary.Calls)
        {
            Flow(call.Parameter, call.Argument, withParameters: true);
            foreach (var parameter in call.Argument.Parameters)
            {
                Edge(_passedTo, parameter, call.Parameter);
            }

            if (call.Parameter is IParameterSymbol parameterSymbol && RecordProperty(parameterSymbol) is { } property)
            {
                Input(property, call.Parameter); // record Card(string Body): the parameter is the property
            }
        }

        foreach (var sink in summary.Sinks)
        {
            foreach (var parameter in sink.Value.Parameters)
            {
                _sinkParameters.Add(parameter);
            }
        }
    }

    // A call of an interface or base method may run this body: an argument given to the parameter the call names is
    // given to this body's (content flows in), and reaches a sink if this body's parameter does.
    private void Dispatch(IMethodSymbol method)
    {
        _dispatchSources.Clear();
        DispatchSources.Add(method, _dispatchSources);
        foreach (var source in _dispatchSources)
        {
            for (var i = 0; i < method.Parameters.Length && i < source.Parameters.Length; i++)
            {
                var named = source.Parameters[i].OriginalDefinition;
                var own = method.Parameters[i].OriginalDefinition;
                Input(own, named);
                Edge(_passedTo, named, own);
            }
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private void Flow(object node, ContentValue value, bool withParameters)
    {
        if (value.IsContent || value.Bare is not null)
        {
            if (!_inputs.ContainsKey(node))
            {
                _inputs[node] = []; // a root of the fixpoint
            }

            _seeds.Add(node);
            return;
        }

        // Input adds the node with its first input, so a flow that records none (most methods' results: nothing content
        // could hang on) makes no node. A node with no input and no seed never carries content, and each node is an
        // entry, a list and a root of the fixpoint.
        foreach (var dependency in value.Dependencies)
        {
            Input(node, dependency);
        }

        if (withParameters)
        {
            foreach (var parameter in value.Parameters)
            {
                Input(node, parameter);
            }
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private void Input(object node, object input)
    {
        if (!_inputs.TryGetValue(node, out var list))
        {
            _inputs[node] = list = [];
        }

        list.Add(input);
    }

    private static void Edge(Dictionary<object, List<object>> edges, object from, object to)
    {
        if (!edges.TryGetValue(from, out var list))
        {
            edges[from] = list = [];
        }

        list.Add(to);
    }

    // A positional record's primary-constructor parameter and the property it declares.
    private static IPropertySymbol? RecordProperty(IParameterSymbol parameter)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Constructor, ContainingType: { IsRecord: true } type })
        {
            return null;
        }

        foreach (var member in type.GetMembers(parameter.Name))
        {
            if (member is IPropertySymbol property && property.DeclaringSyntaxReferences.Length == 1
                && property.DeclaringSyntaxReferences[0].GetSyntax() is ParameterSyntax)
            {
                return property.OriginalDefinition;
            }
        }

        return null;
    }
}
