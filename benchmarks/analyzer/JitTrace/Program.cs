using Microsoft.Diagnostics.Tracing;

// Usage: JitTrace <trace.nettrace> [assembly-name-filter] [rows]
// A method's JIT time is from its MethodJittingStarted event to its MethodLoadVerbose event on the same thread: wall
// time, so a thread descheduled meanwhile inflates it (on 2 cores, compare tiers and counts more than single rows).
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: JitTrace <trace.nettrace> [filter] [rows]");
    return 2;
}

var filter = args.Length > 1 ? args[1] : "MedQa";
var rowsShown = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 30;
using var source = new EventPipeEventSource(args[0]);
var started = new Dictionary<(int Thread, long Method), (double At, string Name)>();
var jitted = new List<(double Ms, string Name, string Tier)>();
source.Clr.MethodJittingStarted += e => started[(e.ThreadID, e.MethodID)] = (e.TimeStampRelativeMSec, e.MethodNamespace + "::" + e.MethodName);
source.Clr.MethodLoadVerbose += e =>
{
    if (started.Remove((e.ThreadID, e.MethodID), out var start))
    {
        jitted.Add((e.TimeStampRelativeMSec - start.At, start.Name, e.OptimizationTier.ToString()));
    }
};
source.Process();

var mine = jitted.Where(row => row.Name.Contains(filter, StringComparison.Ordinal)).ToList();
Console.WriteLine($"all methods: {jitted.Count}, {jitted.Sum(row => row.Ms):0.0} ms");
Console.WriteLine($"'{filter}': {mine.Count} methods, {mine.Sum(row => row.Ms):0.0} ms");
foreach (var tier in mine.GroupBy(row => row.Tier).OrderByDescending(group => group.Sum(row => row.Ms)))
{
    Console.WriteLine($"  {tier.Key}: {tier.Count()} methods, {tier.Sum(row => row.Ms):0.0} ms");
}

foreach (var row in mine.OrderByDescending(row => row.Ms).Take(rowsShown))
{
    Console.WriteLine($"{row.Ms,8:0.00} ms  {row.Tier,-24} {row.Name}");
}

return 0;
