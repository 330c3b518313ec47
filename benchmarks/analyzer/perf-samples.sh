#!/usr/bin/env bash
# CPU samples inside MEDQA001's and BannedApiAnalyzers' frames in one csc run (Linux perf; not part of .ci/run).
# Usage: benchmarks/analyzer/perf-samples.sh <app-dir> <csc.rsp>
#   <app-dir>: the generated app (run.sh's workdir/app); <csc.rsp>: the csc command line of a -v:d build of it with
#   both analyzers (Variant=both), one argument per line, relative paths as the build gave them. Samples are 1 ms of CPU each (-F 1000); the JIT's perf map names managed frames.
set -euo pipefail
app="$1" rsp="$(realpath "$2")" here="$(cd "$(dirname "$0")" && pwd)"
csc="$(dirname "$(command -v dotnet)")/sdk/$(dotnet --version)/Roslyn/bincore/csc"
[ -x "$csc" ] || csc="$(ls -d /usr/share/dotnet/sdk/*/Roslyn/bincore/csc | tail -n 1)"
out="${TMPDIR:-/tmp}/medqa-perf"
mkdir -p "$out"
cd "$app"
DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 perf record -q -e cpu-clock -F 1000 -g -o "$out/csc.data" \
  "$csc" @"$rsp" /reportanalyzer > "$out/csc.txt" 2>&1 || true
perf script -i "$out/csc.data" -F tid,ip,sym,dso > "$out/csc.script" 2>/dev/null
grep -E "^ *[0-9.]+ +<?[0-9]+ +(MedQa\.Analyzers|Microsoft\.CodeAnalysis\.CSharp\.BannedApiAnalyzers), " "$out/csc.txt" || true
python3 "$here/count-samples.py" "$out/csc.script"
