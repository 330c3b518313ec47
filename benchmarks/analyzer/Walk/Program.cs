using System.Collections.Immutable;
using System.Diagnostics;
using MedQa.Analyzers.Internal;
using MedQa.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

// Usage: AnalyzerWalk <csc.rsp> <generated-files-dir> <reps> [by-method]
// Binds every method body of the recorded compilation once (untimed), then per rep: creates MEDQA001's per-compilation
// context and walks every body with MethodWalker, reused as the analyzer does (WalkerPool), on this thread. Prints both
// times and the allocations, and after the last rep what the memos hold (MemoReport); take the
// minimum over reps (pin it to one core with taskset: the figure is CPU work, not the driver's wall clock).
// With by-method, it also prints the ten member names whose bodies took the most time over reps 2 and later (the
// generated project's 900 Describe bodies, each a StringBuilder's appends, were the costliest: eleventh session).
// Run it with DOTNET_gcServer=1, as csc runs (its runtimeconfig sets System.GC.Server): otherwise the walk's thread does
// the collections itself, and they were 40% of its samples. A rep that tiers code up (JIT time in the hundreds of ms) is not a walk's figure.
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: AnalyzerWalk <csc.rsp> <generated-dir> <reps>");
    return 2;
}

var compilation = RecordedCompilation.Load(args[0], args[1], out _);
var options = RuleOptions.Read(compilation, NoOptions.Instance);

// WALK_ONLY=<member name> walks only the bodies of members of that name (to profile one shape of body alone).
var only = Environment.GetEnvironmentVariable("WALK_ONLY");
var bodies = new List<(ISymbol Owner, ImmutableArray<IOperation> Blocks)>();
var operations = 0;
foreach (var tree in compilation.SyntaxTrees)
{
    var model = compilation.GetSemanticModel(tree);
    foreach (var node in tree.GetRoot().DescendantNodes())
    {
        if (node is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or PropertyDeclarationSyntax { ExpressionBody: not null }
            && model.GetOperation(node) is { } body && model.GetDeclaredSymbol(node) is { } owner
            && (string.IsNullOrEmpty(only) || owner.Name == only))
        {
            operations += Count(body);
            bodies.Add((owner, [body]));
        }
    }
}

Console.WriteLine($"{bodies.Count} bodies, {operations} operations");
var reps = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
var byMethod = args.Length > 3 && args[3] == "by-method" ? new Dictionary<string, (double Ms, int Bodies)>() : null;
for (var rep = 1; rep <= reps; rep++)
{
    var allocated = GC.GetAllocatedBytesForCurrentThread();
    var jitTime = System.Runtime.JitInfo.GetCompilationTime();
    var jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount();
    var clock = Stopwatch.StartNew();
    var context = RenderContext.TryCreate(compilation, options) ?? throw new InvalidOperationException("no MedQa markers in this compilation");
    var created = clock.Elapsed.TotalMilliseconds;
    var registry = new UnitRegistry(context);
    var sinks = 0;
    var assignments = 0;
    var evaluations = 0;
    foreach (var (owner, blocks) in bodies)
    {
        var started = Stopwatch.GetTimestamp();
        var frames = registry.Walkers.Walk(owner, owner.ContainingType is { } type ? UnitFactory.UnitType(type) : null, blocks, new UnitStructure());
        sinks += frames[0].Sinks.Count;
        assignments += frames[0].LocalAssignments;
        evaluations += frames[0].LocalEvaluations;
        frames.ForEach(registry.Add);
        if (byMethod is not null && rep > 1)
        {
            var (ms, count) = byMethod.GetValueOrDefault(owner.Name);
            byMethod[owner.Name] = (ms + Stopwatch.GetElapsedTime(started).TotalMilliseconds, count + 1);
        }
    }

    var walked = clock.Elapsed.TotalMilliseconds - created;
    var jitted = System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethods;
    var jitMs = (System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalMilliseconds;
    Console.WriteLine($"rep {rep}: context {created:0.0} ms, walk {walked:0.0} ms, {sinks} sinks, {assignments} local assignments evaluated {evaluations} times, {(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1048576.0:0.0} MB, JIT {jitted} methods in {jitMs:0.0} ms (all threads)");
    if (rep == reps)
    {
        foreach (var (name, (ms, count)) in (byMethod ?? []).OrderByDescending(entry => entry.Value.Ms).Take(10))
        {
            Console.WriteLine($"  {name,-30} {count / (reps - 1),6} bodies a rep, {ms / (reps - 1),7:0.0} ms a rep, {1000 * ms / count,6:0.0} us a body");
        }

        MemoReport.Print(MemoReport.WalkerContext(registry.Walkers) ?? context);
    }
}

return 0;

static int Count(IOperation operation)
{
    var count = 1;
    foreach (var child in operation.ChildOperations)
    {
        count += Count(child);
    }

    return count;
}
