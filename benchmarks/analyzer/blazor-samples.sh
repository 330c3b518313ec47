#!/usr/bin/env bash
# MEDQA001's share of analyzer time on a real Blazor app that references MedQa but shows no answers: a copy of
# dotnet/blazor-samples' 10.0/BlazorSample_BlazorWebApp with the MedQa package (MedQa.Core and its analyzers, packed
# from this repository into a local feed, as `dotnet add package MedQa` gives a user), then REPS (3) full builds
# with -p:ReportAnalyzer=true. Prints MEDQA001's seconds, all analyzers' seconds and the share, per build and the
# median share. Not part of .ci/run: the sample is a local checkout kept out of this repository, and its restore
# needs NuGet.
# Usage: benchmarks/analyzer/blazor-samples.sh <blazor-samples checkout, or the project folder itself> [workdir]
set -euo pipefail
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

repo="$(cd "$(dirname "$0")/../.." && pwd)"
checkout="${1:?usage: $0 <blazor-samples checkout> [workdir]}"
work="${2:-${TMPDIR:-/tmp}/medqa-blazor-bench}"
reps="${REPS:-3}"
sample="$checkout/10.0/BlazorSample_BlazorWebApp"
[ -f "$checkout/BlazorSample.csproj" ] && sample="$checkout"
[ -f "$sample/BlazorSample.csproj" ] || { echo "no BlazorSample.csproj under $checkout" >&2; exit 1; }

# A version of its own, so a package of an earlier run in the NuGet cache is never picked up instead.
version="0.2.0-bench.$(date +%Y%m%d%H%M%S)"
rm -rf "$work" && mkdir -p "$work/feed"
echo "Packing MedQa $version (MedQa.Core with its analyzers)..." >&2
dotnet pack "$repo/src/MedQa.Core/MedQa.Core.csproj" -c Release -nologo -v:q -o "$work/feed" -p:Version="$version" >&2

cp -r "$sample" "$work/app"
cd "$work/app"
rm -rf bin obj
cat > nuget.config <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="medqa-local" value="$work/feed" />
  </packageSources>
</configuration>
XML
sed -i "s|</Project>|  <ItemGroup>\n    <PackageReference Include=\"MedQa\" Version=\"$version\" />\n  </ItemGroup>\n</Project>|" BlazorSample.csproj
dotnet restore -nologo -v:q >&2

shares=""
for r in $(seq 1 "$reps"); do
  log="$work/report-$r.log"
  dotnet build --no-restore --no-incremental -nologo -nodeReuse:false -p:UseSharedCompilation=false \
    -v:d -p:ReportAnalyzer=true > "$log" 2>&1 || { tail -n 30 "$log" >&2; exit 1; }
  total=$(grep -m1 -oE "Total analyzer execution time: [0-9.]+" "$log" | grep -oE "[0-9.]+$")
  medqa=$(grep -m1 -E "^ +[0-9.<]+ +<?[0-9]+ +MedQa\.Analyzers, Version" "$log" | awk '{print $1}' | tr -d '<')
  warnings=$(grep -cE "warning MEDQA00[01]" "$log" || true)
  share=$(echo "scale=1; ${medqa:-0} * 100 / $total" | bc)
  shares="$shares $share"
  echo "build $r: MEDQA001 ${medqa:-?} s of ${total} s analyzer time (${share}%), MEDQA warnings in the log: $warnings"
done
median=$(echo "$shares" | tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
echo "median MEDQA001 share over $reps builds: ${median}%"
