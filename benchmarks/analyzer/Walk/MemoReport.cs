using System.Collections;
using System.Reflection;
using MedQa.Analyzers.Internal;

/// <summary>
/// After the last rep: how many objects each of the context's memos holds by reference against how many keys by
/// equality (a walker's table). Far more objects than keys means its keys are new objects at each ask, which the
/// by-reference level misses and keeps (benchmarks/analyzer/history/session-10.md). Read by reflection: the analyzer has no
/// API for it.
/// </summary>
internal static class MemoReport
{
    private const BindingFlags Private = BindingFlags.NonPublic | BindingFlags.Instance;

    public static void Print(RenderContext context)
    {
        foreach (var field in typeof(RenderContext).GetFields(Private))
        {
            var value = field.GetValue(context);
            if (value is TypeTraitCache traits)
            {
                Print("type traits", typeof(TypeTraitCache).GetField("_traits", Private)!.GetValue(traits)!);
            }
            else if (value is not null && field.FieldType.Name.StartsWith("SharedMemo", StringComparison.Ordinal))
            {
                Print(field.Name.TrimStart('_'), value);
            }
        }
    }

    /// <summary>The context view of one of the pool's idle walkers (what the walk asked through), if it has one.</summary>
    public static RenderContext? WalkerContext(WalkerPool pool)
    {
        var idle = (IEnumerable)typeof(WalkerPool).GetField("_idle", Private)!.GetValue(pool)!;
        foreach (var walker in idle)
        {
            return (RenderContext)typeof(MethodWalker).GetField("_context", Private)!.GetValue(walker)!;
        }

        return null;
    }

    private static void Print(string name, object memo)
    {
        // A walker's view has a table of its own; the shared memo one per thread.
        var table = (ReferenceTable?)memo.GetType().GetField("_own", Private)!.GetValue(memo);
        if (table is null)
        {
            var perThread = memo.GetType().GetField("_byThread", Private)!.GetValue(memo)!;
            table = (ReferenceTable)perThread.GetType().GetProperty("Value")!.GetValue(perThread)!;
        }

        var byEquality = (ICollection)memo.GetType().GetField("_shared", Private)!.GetValue(memo)!;
        Console.WriteLine($"memo {name}: {table.Count} objects by reference, {byEquality.Count} keys by equality");
    }
}
