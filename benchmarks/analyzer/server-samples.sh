#!/usr/bin/env bash
# CPU samples inside MEDQA001's and BannedApiAnalyzers' frames in a warm compiler server (VBCSCompiler), the way a
# developer's repeated `dotnet build` runs them (Linux perf; not part of .ci/run).
# Usage: benchmarks/analyzer/server-samples.sh <app-dir> [MedQa.Analyzers.dll ...]
#   <app-dir>: the generated app (run.sh's workdir/app). Each round is one Variant=both build per analyzer DLL given
#   (default: the one the app references), so that builds of the analyzer are compared in the same server and load.
#   WARMUP=3 unprofiled rounds first (the server loads each analyzer and tiers its code), then ROUNDS=6 profiled.
set -euo pipefail
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# The server inherits these from the first build's environment: the JIT's perf map names managed frames.
export DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0
app="$(realpath "$1")"; shift
here="$(cd "$(dirname "$0")" && pwd)"
analyzers=("$@")
[ ${#analyzers[@]} -gt 0 ] || analyzers=("")
out="${TMPDIR:-/tmp}/medqa-server-samples"
mkdir -p "$out"
cd "$app"
dotnet build-server shutdown >/dev/null 2>&1 || true
trap 'dotnet build-server shutdown >/dev/null 2>&1 || true' EXIT
dotnet restore -nologo -v:q -p:Variant=both >/dev/null
build() { # analyzer DLL or "", extra args...
  local analyzer="$1"; shift
  dotnet build --no-restore --no-incremental -nologo -clp:NoSummary -nodeReuse:false -p:UseSharedCompilation=true \
    -p:Variant=both -p:ReportAnalyzer=true ${analyzer:+-p:MedQaAnalyzer="$analyzer"} "$@"
}
for r in $(seq 1 "${WARMUP:-3}"); do
  for i in "${!analyzers[@]}"; do
    build "${analyzers[$i]}" -v:q > "$out/warmup-$i-$r.log" 2>&1 || { tail -n 30 "$out/warmup-$i-$r.log" >&2; exit 1; }
  done
done
server=$(pgrep -f 'Roslyn/bincore/VBCSCompiler' | head -n 1 || true)
[ -n "$server" ] || { echo "No compiler server is running after the warm-up builds (WARMUP=${WARMUP:-3})." >&2; exit 1; }
for r in $(seq 1 "${ROUNDS:-6}"); do
  for i in "${!analyzers[@]}"; do
    # The server can be replaced between builds (it was, in two sessions' runs): attach to the one running now.
    server=$(pgrep -f 'Roslyn/bincore/VBCSCompiler' | head -n 1 || true)
    [ -n "$server" ] || { echo "round $r, analyzer ${analyzers[$i]:-the app default}: lost (no compiler server running)"; build "${analyzers[$i]}" -v:q > /dev/null 2>&1 || true; continue; }
    perf record -q -e cpu-clock -F 1000 -g -p "$server" -o "$out/server.data" > /dev/null 2>&1 &
    recorder=$!
    sleep 0.5 # perf attaches before the build starts
    status=0
    build "${analyzers[$i]}" -v:d > "$out/build-$i-$r.log" 2>&1 || status=$?
    lost=false
    kill -INT "$recorder" 2>/dev/null || lost=true # perf stops by itself when the process it follows exits
    wait "$recorder" || true
    (( status == 0 )) || { tail -n 30 "$out/build-$i-$r.log" >&2; exit 1; }
    if $lost; then
      echo "round $r, analyzer ${analyzers[$i]:-the app default}: lost (the compiler server exited during the build; not counted)"
      continue
    fi
    perf script -i "$out/server.data" -F tid,ip,sym,dso > "$out/server-$i-$r.script" 2>/dev/null
    echo "round $r, analyzer ${analyzers[$i]:-the app default}: $(python3 "$here/count-samples.py" "$out/server-$i-$r.script")"
  done
done
