"""CPU samples inside MEDQA001's and BannedApiAnalyzers' frames, from `perf script -F tid,ip,sym,dso` output.

Usage: count-samples.py <perf script output>...   (one line per file)
A sample counts for an analyzer when any frame of its stack is in the analyzer's assembly: its own code and what the
compiler does for it below its callbacks. JIT samples are those of them with the JIT (libclrjit) on the stack.
"""
import sys


def stacks(path):
    """The samples of one `perf script` output, each a list of its frames (leaf first)."""
    samples, current = [], []
    for line in open(path, errors="replace"):
        if line.startswith("\t"):
            current.append(line)
        elif line.strip():
            if current:
                samples.append(current)
            current = []
    if current:
        samples.append(current)
    return samples


def count(samples, key, extra):
    inside = [s for s in samples if any(key in frame for frame in s)]
    return len(inside), sum(1 for s in inside if any(extra in frame for frame in s))


for path in sys.argv[1:]:
    samples = stacks(path)
    medqa, medqa_jit = count(samples, "MedQa.Analyzers", "libclrjit")
    medqa_end = sum(1 for s in samples if any("OnCompilationEnd" in f and "MedQa" in f for f in s))
    banned, banned_jit = count(samples, "BannedApiAnalyzers", "libclrjit")
    print(f"samples: MEDQA001 {medqa} (JIT {medqa_jit}, compilation end {medqa_end}); "
          f"BannedApiAnalyzers {banned} (JIT {banned_jit}); ratio {medqa / max(banned, 1):.2f}")
