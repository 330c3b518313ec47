using System.Runtime.CompilerServices;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// The JIT setting of the methods that run for nearly every operation of a build.
/// </summary>
/// <remarks>
/// The compiler loads an analyzer as plain IL, so its methods start as the JIT's quick, unoptimized code and are
/// recompiled optimized only after the runtime's tiering delay, which every newly compiled method restarts. A build
/// keeps compiling new methods (analyzers, generators, the compiler's own paths), so measured in a real build
/// MEDQA001 ran quick-JIT code from its first body to its last: no inlining, every struct copied through memory.
/// Methods marked <see cref="Optimized"/> are compiled optimized once, at their first call.
/// </remarks>
internal static class HotPath
{
    /// <summary><c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 does not name; the runtime reads the flag.</summary>
    public const MethodImplOptions Optimized = (MethodImplOptions)512;

    /// <summary>
    /// For a method that runs once per build (the compilation's start and end) and loops: always the JIT's quick
    /// code. Its loop would otherwise be recompiled optimized mid-run (on-stack replacement): 2.9 ms of JIT events
    /// for <see cref="ViewArguments.Resolve"/>, against 0.3 ms for its quick code, whose run did not show in the
    /// compilation end's samples (benchmarks/analyzer/history/session-12.md).
    /// </summary>
    /// <remarks>
    /// In a warm compiler server it matters more: a loop's count toward that recompilation carries over from build
    /// to build, so a loop too short to reach it in one build reaches it in some later one, and that build compiles
    /// it again. Without this flag, 2 of 8 warm builds spent 21 to 73 CPU samples compiling MEDQA001's
    /// compilation-end loops (benchmarks/analyzer/history/session-24.md).
    /// </remarks>
    public const MethodImplOptions RunOnce = MethodImplOptions.NoOptimization;
}
