#!/usr/bin/env bash
# MEDQA001's build-time cost on a generated web project of 1,000 C# files, 200 Razor views and 50 Blazor components:
# full rebuilds without the analyzer, with MedQa's analyzer, and with Microsoft's BannedApiAnalyzers (20 banned
# symbols), each REPS times, interleaved; then rounds of -p:ReportAnalyzer=true builds for per-analyzer times.
# Usage: benchmarks/analyzer/run.sh [workdir]   (REPS=3 timed rebuilds by default, REPORT_REPS=1 ReportAnalyzer builds
# per analyzer and with both analyzers in one build, REPORT_ORDER="medqa banned both" their order in each round;
# REPS=0 skips the timed rebuilds; SHARED_COMPILATION=true builds through a warm compiler server, as a developer's
# repeated `dotnet build` does, with a first ReportAnalyzer round that warms it and is left out; not part of .ci/run)
set -euo pipefail
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
shared="${SHARED_COMPILATION:-false}"
if [ "$shared" = true ]; then
  dotnet build-server shutdown >/dev/null 2>&1 || true
  trap 'dotnet build-server shutdown >/dev/null 2>&1 || true' EXIT
fi

repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="${1:-${TMPDIR:-/tmp}/medqa-analyzer-bench}"
reps="${REPS:-3}"
report_reps="${REPORT_REPS:-1}"
cs_files=1000 views=200 components=50

echo "Building MedQa.Core and MedQa.Analyzers (Release)..." >&2
dotnet build "$repo/src/MedQa.Analyzers/MedQa.Analyzers.csproj" -c Release -nologo -v:q >&2
dotnet build "$repo/src/MedQa.Core/MedQa.Core.csproj" -c Release -nologo -v:q >&2
analyzer="$repo/src/MedQa.Analyzers/bin/Release/netstandard2.0/MedQa.Analyzers.dll"
core="$(ls "$repo"/src/MedQa.Core/bin/Release/net*/MedQa.Core.dll | head -n 1)"

rm -rf "$work" && mkdir -p "$work/app"
cd "$work/app"

# ---- The project: isolated from any Directory.Build.props above it ----
echo '<Project />' > Directory.Build.props
echo '<Project />' > Directory.Build.targets
echo '<Project />' > Directory.Packages.props
cat > Bench.csproj <<EOF
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <RootNamespace>Bench</RootNamespace>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
    <Variant Condition="'\$(Variant)' == ''">none</Variant>
    <!-- server-samples.sh sets it to compare builds of the analyzer in one compiler server -->
    <MedQaAnalyzer Condition="'\$(MedQaAnalyzer)' == ''">$analyzer</MedQaAnalyzer>
  </PropertyGroup>
  <ItemGroup>
    <Reference Include="$core" />
  </ItemGroup>
  <ItemGroup Condition="'\$(Variant)' == 'medqa' Or '\$(Variant)' == 'both'">
    <Analyzer Include="\$(MedQaAnalyzer)" />
  </ItemGroup>
  <ItemGroup Condition="'\$(Variant)' == 'banned' Or '\$(Variant)' == 'both'">
    <PackageReference Include="Microsoft.CodeAnalysis.BannedApiAnalyzers" Version="4.14.0" PrivateAssets="all" />
    <AdditionalFiles Include="BannedSymbols.txt" />
  </ItemGroup>
</Project>
EOF
cat > BannedSymbols.txt <<'EOF'
T:System.Console;Use ILogger
P:System.DateTime.Now;Use TimeProvider
P:System.DateTime.UtcNow;Use TimeProvider
P:System.DateTimeOffset.Now;Use TimeProvider
P:System.DateTimeOffset.UtcNow;Use TimeProvider
M:System.Threading.Thread.Sleep(System.Int32);Use Task.Delay
M:System.Threading.Thread.Sleep(System.TimeSpan);Use Task.Delay
M:System.GC.Collect;Do not force collections
T:System.Net.WebClient;Use HttpClient
T:System.Net.WebRequest;Use HttpClient
M:System.Environment.Exit(System.Int32);Do not exit the host
M:System.Threading.Tasks.Task.Wait;Do not block on tasks
P:System.Threading.Tasks.Task`1.Result;Do not block on tasks
M:System.String.ToUpper;Use ToUpperInvariant
M:System.String.ToLower;Use ToLowerInvariant
M:System.Random.#ctor;Use Random.Shared
T:System.Runtime.Serialization.Formatters.Binary.BinaryFormatter;Insecure
M:System.Activator.CreateInstance(System.Type);Use DI
M:System.IO.File.ReadAllText(System.String);Use IFileProvider
M:System.Diagnostics.Process.Start(System.String);Do not start processes
EOF
cat > nuget.config <<'EOF'
<?xml version="1.0" encoding="utf-8"?>
<configuration />
EOF

# ---- 1,000 C# files: 1 in 10 renders answers (half of those with the disclaimer), the rest does not ----
mkdir -p Code
cat > Code/Support.cs <<'EOF'
using MedQa;
namespace Bench;
public static class Fixtures
{
    public static Answer Answer { get; } = new("a1", "Compression stockings help most patients.", headline: "Varicose veins");
    public static IReadOnlyList<Answer> Answers { get; } = [Answer, new("a2", "Walk every day.")];
}
public static class SiteDisclaimer
{
    [RendersMedicalDisclaimer]
    public static string Html() => "<aside>" + MedicalDisclaimer.Standard.Text + "</aside>";
}
public sealed record Item(int Id, string Name, decimal Price);
EOF
for i in $(seq 1 $cs_files); do
  if (( i % 10 == 0 )); then
    footer=""; (( i % 20 == 0 )) && footer='writer.Write(SiteDisclaimer.Html());'
    cat > "Code/Page$i.cs" <<EOF
using System.Text;
using MedQa;
namespace Bench.Pages$((i % 25));
public sealed class AnswerPage$i
{
    public void Render(TextWriter writer, IReadOnlyList<Answer> answers)
    {
        writer.Write("<h1>Answers $i</h1>");
        foreach (var answer in answers)
        {
            var html = \$"<article><h2>{answer.Headline}</h2><p>{answer.Body}</p></article>";
            writer.Write(html);
        }
        $footer
    }

    public string Summary(Answer answer) => new StringBuilder().Append("<p>").Append(answer.Body.Length).Append("</p>").ToString();
}
EOF
  else
    cat > "Code/Service$i.cs" <<EOF
using MedQa;
using Microsoft.Extensions.Logging;
namespace Bench.Services$((i % 25));
public sealed class Service$i(ILogger<Service$i> logger)
{
    private readonly Dictionary<int, Item> _items = new();

    public Item Add(int id, string name, decimal price)
    {
        var item = new Item(id, name.Trim(), Math.Round(price * 1.0$((i % 9))m, 2));
        _items[id] = item;
        logger.LogInformation("Added {Id} ({Count} items)", id, _items.Count);
        return item;
    }

    public IEnumerable<Item> Cheapest(int count) => _items.Values.OrderBy(i => i.Price).ThenBy(i => i.Name, StringComparer.Ordinal).Take(count);

    public string Describe(Item item)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append(item.Name).Append(": ").Append(item.Price.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        return item.Price > 100 ? sb.Append(" (premium)").ToString() : sb.ToString();
    }

    public int AnswerLength(Answer answer) => answer.Body.Length;

    public (string Id, int Words) Map(Answer answer) => (answer.Id, answer.Body.Split(' ').Length);

    public async Task<int> SumAsync(IAsyncEnumerable<Item> items, CancellationToken token)
    {
        var total = 0;
        await foreach (var item in items.WithCancellation(token))
        {
            total += item.Id switch { < 0 => 0, > 1000 => 1000, var n => n };
        }

        return total;
    }
}
EOF
  fi
done

# ---- 200 Razor views: 1 in 5 renders answers (half of those through a partial with the disclaimer) ----
mkdir -p Views/Shared
cat > Views/_ViewImports.cshtml <<'EOF'
@using Bench
@using MedQa
@addTagHelper *, Microsoft.AspNetCore.Mvc.TagHelpers
EOF
cat > Views/_ViewStart.cshtml <<'EOF'
@{
    Layout = "_Layout";
}
EOF
cat > Views/Shared/_Layout.cshtml <<'EOF'
<!DOCTYPE html>
<html><head><title>@ViewData["Title"]</title></head><body>@RenderBody()</body></html>
EOF
cat > Views/Shared/_Disclaimer.cshtml <<'EOF'
<footer>@Html.Raw(SiteDisclaimer.Html())</footer>
EOF
for i in $(seq 1 $views); do
  dir="Views/Area$((i % 20))"; mkdir -p "$dir"
  if (( i % 5 == 0 )); then
    partial=""; (( i % 10 == 0 )) && partial='<partial name="_Disclaimer" />'
    cat > "$dir/Answers$i.cshtml" <<EOF
@{ ViewData["Title"] = "Answers $i"; }
<h1>Answers $i</h1>
@foreach (var answer in Fixtures.Answers)
{
    <article>
        <h2>@answer.Headline</h2>
        <p>@answer.Body</p>
        <span>#@answer.Id</span>
    </article>
}
$partial
EOF
  else
    cat > "$dir/Page$i.cshtml" <<EOF
@{
    ViewData["Title"] = "Page $i";
    var items = Enumerable.Range(1, 10).Select(n => new Item(n, "Item " + n, n * 1.5m)).ToList();
}
<h1>Page $i</h1>
<form method="post">
    <input type="text" name="q" value="@Context.Request.Query["q"]" />
    <button type="submit">Search</button>
</form>
<table>
@foreach (var item in items)
{
    <tr class="@(item.Id % 2 == 0 ? "even" : "odd")"><td>@item.Id</td><td>@item.Name</td><td>@item.Price.ToString("0.00")</td></tr>
}
</table>
<a href="/page/@($i + 1)">Next</a>
EOF
  fi
done

# ---- 50 Blazor components ----
mkdir -p Components
cat > Components/_Imports.razor <<'EOF'
@using Microsoft.AspNetCore.Components
@using Microsoft.AspNetCore.Components.Web
@using Bench
@using MedQa
EOF
for i in $(seq 1 $components); do
  if (( i % 5 == 0 )); then
    cat > "Components/AnswerCard$i.razor" <<EOF
<article><p>@Answer.Body</p>@((MarkupString)SiteDisclaimer.Html())</article>
@code { [Parameter] public Answer Answer { get; set; } = Fixtures.Answer; }
EOF
  else
    cat > "Components/Counter$i.razor" <<EOF
<p>Count $i: @count</p>
<button @onclick="() => count++">+</button>
@if (count > 10) { <em>@Label</em> }
@code { private int count; [Parameter] public string Label { get; set; } = "many"; }
EOF
  fi
done

cat > Program.cs <<'EOF'
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddControllersWithViews();
var app = builder.Build();
app.MapDefaultControllerRoute();
app.Run();
EOF

echo "Generated: $(find Code -name '*.cs' | wc -l) C# files, $(find Views -name '*.cshtml' | wc -l) .cshtml, $(find Components -name '*.razor' | wc -l) .razor in $work/app" >&2

# ---- Measurements ----
build() { # variant, extra args...
  local variant="$1"; shift
  dotnet build --no-restore --no-incremental -nologo -clp:NoSummary -nodeReuse:false -p:UseSharedCompilation="$shared" \
    -p:Variant="$variant" "$@"
}
for v in none medqa banned both; do dotnet restore -nologo -v:q -p:Variant=$v >&2; done
echo "Warm-up build..." >&2
build none -v:q > "$work/warmup.log" 2>&1 || { tail -n 30 "$work/warmup.log" >&2; exit 1; }

declare -A walls cpus
TIMEFORMAT='%R %U %S'
for r in $(seq 1 "$reps"); do
  for v in none medqa banned; do
    dotnet restore -nologo -v:q -p:Variant=$v >/dev/null
    # Wall time, and CPU time (user + sys of the build and its compiler processes: less sensitive to other load).
    t=$( { time build "$v" -v:q > "$work/build-$v.log" 2>&1 ; } 2>&1 ) || { tail -n 30 "$work/build-$v.log" >&2; exit 1; }
    read -r wall user sys <<< "$t"
    cpu=$(echo "$user + $sys" | bc)
    walls[$v]="${walls[$v]:-} $wall"; cpus[$v]="${cpus[$v]:-} $cpu"
    echo "run $r $v: wall ${wall}s cpu ${cpu}s" >&2
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# The -p:ReportAnalyzer=true builds, REPORT_REPS rounds of one build per variant in turn, so that the machine's
# drift over a long run (other load, thermal state) falls on the three variants alike. With the compiler server,
# round 0 loads and compiles each analyzer in it (the first build of a day) and is not counted.
first_round=1
[ "$shared" = true ] && first_round=0
for r in $(seq "$first_round" "$report_reps"); do
  for v in ${REPORT_ORDER:-medqa banned both}; do
    dotnet restore -nologo -v:q -p:Variant="$v" >/dev/null
    build "$v" -v:d -p:ReportAnalyzer=true > "$work/report-$v-$r.log" 2>&1 || true
    echo "ReportAnalyzer round $r $v: done" >&2
  done
done

# A row of ReportAnalyzer's per-assembly table: seconds, percent, then the assembly's name.
row='^ +[0-9.]+ +<?[0-9]+ +'

report() { # variant -> analyzer lines of its REPORT_REPS ReportAnalyzer builds
  for r in $(seq 1 "$report_reps"); do
  echo "build $r:"
  grep -E "Total (analyzer|generator) execution time|$row(MedQa\.Analyzers|Microsoft\.CodeAnalysis\.CSharp\.BannedApiAnalyzers|Microsoft\.CodeAnalysis\.Razor\.Compiler|Microsoft\.CodeAnalysis\.(CSharp\.)?NetAnalyzers),? " "$work/report-$1-$r.log" | sed 's/^ *//' | sort -u
  done
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

seconds() { # log, analyzer-name pattern -> its seconds in the ReportAnalyzer table
  grep -E "$row$2," "$1" | head -n 1 | awk '{print $1}'
}

pct() { echo "scale=1; ($1 - $2) * 100 / $2" | bc; }
{
  if (( reps > 0 )); then
    echo "| build (median of $reps full rebuilds) | wall (s) | vs. none | CPU user+sys (s) | vs. none |"
    echo "|---|---|---|---|---|"
    nw=$(echo "${walls[none]:-}" | median); nc=$(echo "${cpus[none]:-}" | median)
    for v in none medqa banned; do
      w=$(echo "${walls[$v]:-}" | median); c=$(echo "${cpus[$v]:-}" | median)
      case $v in none) name="no analyzer";; medqa) name="MedQa.Analyzers (MEDQA001)";; banned) name="BannedApiAnalyzers 4.14.0, 20 symbols";; esac
      if [ "$v" = none ]; then echo "| $name | $w | | $c | |"; else echo "| $name | $w | $(pct "$w" "$nw")% | $c | $(pct "$c" "$nc")% |"; fi
    done
    echo
    echo "Runs, wall (s): none:${walls[none]:-}; medqa:${walls[medqa]:-}; banned:${walls[banned]:-}"
    echo "Runs, CPU (s): none:${cpus[none]:-}; medqa:${cpus[medqa]:-}; banned:${cpus[banned]:-}"
    echo
  fi
  echo "Compiler server (UseSharedCompilation): $shared; ReportAnalyzer rounds counted: $report_reps"
  echo "-p:ReportAnalyzer=true, MedQa build:"
  echo '```'
  report medqa
  echo '```'
  echo "-p:ReportAnalyzer=true, BannedApiAnalyzers build:"
  echo '```'
  report banned
  echo '```'
  # Both analyzers in one build: the same process, threads and load for both, so their ratio is the fairest figure.
  echo "-p:ReportAnalyzer=true, both in one build (MEDQA001 / BannedApiAnalyzers):"
  echo '```'
  report both
  echo '```'
  # Per round: each analyzer's seconds alone in its build, and both in one build; then the medians.
  alone_m="" alone_b="" ratios=""
  for r in $(seq 1 "$report_reps"); do
    m=$(seconds "$work/report-medqa-$r.log" 'MedQa\.Analyzers'); b=$(seconds "$work/report-banned-$r.log" 'Microsoft\.CodeAnalysis\.CSharp\.BannedApiAnalyzers')
    bm=$(seconds "$work/report-both-$r.log" 'MedQa\.Analyzers'); bb=$(seconds "$work/report-both-$r.log" 'Microsoft\.CodeAnalysis\.CSharp\.BannedApiAnalyzers')
    both_ratio=$(ratio "$bm" "$bb")
    echo "round $r: alone $m s vs $b s ($(ratio "$m" "$b")); both in one build $bm s vs $bb s, ratio $both_ratio"
    alone_m="$alone_m $m"; alone_b="$alone_b $b"; ratios="$ratios $both_ratio"
  done
  mm=$(echo "$alone_m" | median); mb=$(echo "$alone_b" | median)
  echo "medians: alone $mm s vs $mb s ($(ratio "$mm" "$mb")); both in one build, ratio $(echo "$ratios" | median)"
} | tee "$work/results.md"
