using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MedQa.Analyzers.Internal;

/// <summary>Where an operation's value comes from, in the shapes <see cref="MethodWalker"/> follows.</summary>
internal static class OperationShapes
{
    /// <summary>The receiver a chain of calls starts from: <c>builder</c> in <c>builder.Append(a).Append(b)</c>.</summary>
    public static IOperation? Root(IInvocationOperation invocation)
    {
        var root = invocation.Instance;
        while (root is IInvocationOperation chained)
        {
            root = chained.Instance;
        }

        return root;
    }

    /// <summary>
    /// Whether a builder call is not its chain's last: <c>builder.Append(a)</c> in <c>builder.Append(a).Append(b)</c>.
    /// Only the last call is recorded, as its value holds every link's (recording each link cost n²/2 evaluations).
    /// </summary>
    public static bool ContinuesBuilderChain(RenderContext context, IInvocationOperation invocation)
        => invocation.Parent is IInvocationOperation parent && parent.Instance == invocation
        && context.ApisOf(parent.TargetMethod).Is(MethodApiKinds.BuilderMember);

    /// <summary>The value a pattern is matched against (<c>is</c>, <c>switch</c>), through nested patterns; null elsewhere.</summary>
    public static IOperation? MatchedValue(IOperation pattern)
    {
        for (var current = pattern.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IIsPatternOperation isPattern:
                    return isPattern.Value;
                case ISwitchExpressionOperation switchExpression:
                    return switchExpression.Value;
                case ISwitchOperation switchStatement:
                    return switchStatement.Value;
                case IPatternOperation or IPropertySubpatternOperation or IPatternCaseClauseOperation or ISwitchCaseOperation or ISwitchExpressionArmOperation:
                    continue;
                default:
                    return null;
            }
        }

        return null;
    }
}
