using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// What <see cref="MethodWalker"/> finds in a body before its locals are solved: values written to a sink, returned,
/// passed to the project's methods, or stored in a flow node. <see cref="Record"/> evaluates them into their frames'
/// summaries once the locals are known. Kept from one body to the next by a reused walker (<see cref="WalkerPool"/>).
/// </summary>
internal sealed class PendingFacts
{
    private readonly List<(MethodSummary Frame, IOperation Argument)> _sinkArguments = [];
    private readonly List<(MethodSummary Frame, IOperation Value)> _returns = [];
    private readonly List<(MethodSummary Frame, IParameterSymbol Parameter, IOperation Argument)> _calls = [];
    private readonly List<(MethodSummary Frame, object Node, IOperation Value, bool IfStoredFlow)> _writes = [];

    public void AddSinkArgument(MethodSummary frame, IOperation argument) => _sinkArguments.Add((frame, argument));

    public void AddReturn(MethodSummary frame, IOperation value) => _returns.Add((frame, value));

    public void AddCall(MethodSummary frame, IParameterSymbol parameter, IOperation argument) => _calls.Add((frame, parameter, argument));

    /// <param name="frame">The body or handler lambda that stores the value.</param>
    /// <param name="node">The flow node (<see cref="FlowGraph"/>): a field, property or <c>ViewData</c> key.</param>
    /// <param name="value">The value stored.</param>
    public void AddWrite(MethodSummary frame, object node, IOperation value) => _writes.Add((frame, node, value, false));

    /// <summary>
    /// A value stored in a field or property, recorded if it is content and the member is a flow node
    /// (<see cref="RenderContext.IsStoredFlow"/>). The member is asked second: most stores hold no content (Razor's
    /// <c>= default!</c> injected properties, a tag helper's runner), and a member's first ask reads its attributes:
    /// asking only for content cut the walk's CPU samples by about a sixth on the generated project
    /// (benchmarks/analyzer/history/session-25.md).
    /// </summary>
    /// <param name="frame">The body or handler lambda that stores the value.</param>
    /// <param name="member">The field's or property's definition.</param>
    /// <param name="value">The value stored.</param>
    public void AddMemberWrite(MethodSummary frame, ISymbol member, IOperation value) => _writes.Add((frame, member, value, true));

    /// <summary>Evaluates every value found, now that the body's locals are solved, into its frame's summary.</summary>
    [MethodImpl(HotPath.Optimized)]
    public void Record(RenderContext context, ContentEvaluator evaluator)
    {
        foreach (var (frame, argument) in _sinkArguments)
        {
            if (DisclaimerText.IsWritten(context, argument))
            {
                frame.RendersDisclaimer = true;
            }

            var value = evaluator.Evaluate(argument);
            if (!value.IsNone)
            {
                frame.Sinks.Add(new SinkEvent(argument.Syntax.GetLocation(), value));
            }
        }

        foreach (var (summary, returned) in _returns)
        {
            var value = evaluator.Evaluate(returned);
            summary.Returns = summary.Returns.Join(value);
            if (!value.IsNone)
            {
                summary.ReturnSites.Add(new SinkEvent(returned.Syntax.GetLocation(), value));
            }
        }

        foreach (var (frame, parameter, argument) in _calls)
        {
            var value = evaluator.Evaluate(argument);
            if (!value.IsNone)
            {
                frame.Calls.Add(new CallFact(parameter, value, argument.Syntax.GetLocation()));
            }
        }

        foreach (var (frame, node, written, ifStoredFlow) in _writes)
        {
            var value = evaluator.Evaluate(written);
            if (!value.IsNone && (!ifStoredFlow || context.IsStoredFlow((ISymbol)node)))
            {
                frame.Writes.Add(new FlowWrite(node, value));
            }
        }
    }

    /// <summary>Forgets the last body's values, keeping the lists' storage.</summary>
    public void Clear()
    {
        _sinkArguments.Clear();
        _returns.Clear();
        _calls.Clear();
        _writes.Clear();
    }
}
