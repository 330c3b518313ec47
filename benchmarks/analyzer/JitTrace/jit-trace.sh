#!/usr/bin/env bash
# How long the JIT took for MEDQA001's methods in one csc run (EventPipe's JIT events; not part of .ci/run).
# Usage: benchmarks/analyzer/JitTrace/jit-trace.sh <app-dir> <csc.rsp> [filter]   (the same arguments as perf-samples.sh)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
app="$1" rsp="$(realpath "$2")" filter="${3:-MedQa}"
csc="$(dirname "$(command -v dotnet)")/sdk/$(dotnet --version)/Roslyn/bincore/csc"
[ -x "$csc" ] || csc="$(ls -d /usr/share/dotnet/sdk/*/Roslyn/bincore/csc | tail -n 1)"
out="${TMPDIR:-/tmp}/medqa-jit"
mkdir -p "$out"
dotnet build "$here/JitTrace.csproj" -c Release -nologo -v:q >&2
cd "$app"
# Keyword 0x10 is the runtime's JIT events; level 5 (verbose) includes MethodJittingStarted and MethodLoadVerbose.
DOTNET_EnableEventPipe=1 DOTNET_EventPipeOutputPath="$out/csc.nettrace" DOTNET_EventPipeConfig='Microsoft-Windows-DotNETRuntime:0x10:5' \
  "$csc" @"$rsp" /reportanalyzer > "$out/csc.txt" 2>&1 || true
grep -E "^ *[0-9.]+ +<?[0-9]+ +(MedQa\.Analyzers|Microsoft\.CodeAnalysis\.CSharp\.BannedApiAnalyzers), " "$out/csc.txt" || true
dotnet "$here/bin/Release/net10.0/JitTrace.dll" "$out/csc.nettrace" "$filter" 30
