#!/usr/bin/env bash
# CPU samples inside MEDQA001's and BannedApiAnalyzers' frames in one csc run (Linux perf; not part of .ci/run).
# Usage: benchmarks/analyzer/perf-samples.sh <app-dir> <csc.rsp>
#   <app-dir>: the generated app (run.sh's workdir/app); <csc.rsp>: the csc command line of a -v:d build of it with
#   both analyzers (Variant=both), one argument per line, relative paths as the build gave them. Samples are 1 ms of CPU each (-F 1000); the JIT's perf map names managed frames.
set -euo pipefail
app="$1" rsp="$(realpath "$2")"
csc="$(dirname "$(command -v dotnet)")/sdk/$(dotnet --version)/Roslyn/bincore/csc"
[ -x "$csc" ] || csc="$(ls -d /usr/share/dotnet/sdk/*/Roslyn/bincore/csc | tail -n 1)"
out="${TMPDIR:-/tmp}/medqa-perf"
mkdir -p "$out"
cd "$app"
DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 perf record -q -e cpu-clock -F 1000 -g -o "$out/csc.data" \
  "$csc" @"$rsp" /reportanalyzer > "$out/csc.txt" 2>&1 || true
perf script -i "$out/csc.data" -F tid,ip,sym,dso > "$out/csc.script" 2>/dev/null
grep -E "^ *[0-9.]+ +<?[0-9]+ +(MedQa\.Analyzers|Microsoft\.CodeAnalysis\.CSharp\.BannedApiAnalyzers), " "$out/csc.txt" || true
python3 - "$out/csc.script" <<'PY'
import sys
samples, current = [], []
for line in open(sys.argv[1], errors="replace"):
    if line.startswith("\t"):
        current.append(line)
    elif line.strip():
        if current: samples.append(current)
        current = []
if current: samples.append(current)
def count(key, extra=None):
    inside = [s for s in samples if any(key in frame for frame in s)]
    return len(inside), sum(1 for s in inside if extra and any(extra in frame for frame in s))
medqa, medqa_jit = count("MedQa.Analyzers", "libclrjit")
medqa_end = sum(1 for s in samples if any("OnCompilationEnd" in f and "MedQa" in f for f in s))
banned, banned_jit = count("BannedApiAnalyzers", "libclrjit")
print(f"samples: MEDQA001 {medqa} (JIT {medqa_jit}, compilation end {medqa_end}); BannedApiAnalyzers {banned} (JIT {banned_jit}); ratio {medqa / max(banned, 1):.2f}")
PY
