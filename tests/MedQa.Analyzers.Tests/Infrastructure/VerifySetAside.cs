using System.Diagnostics.CodeAnalysis;
using MedQa.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MedQa.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs MEDQA001 with <c>verify_set_aside_bodies</c>: the bodies it sets aside are walked as well, and a changed
/// decision is reported as MEDQA000, which every test asserts does not occur. So every test checks that setting
/// bodies aside loses no flow.
/// </summary>
internal static class VerifySetAside
{
    public const string GlobalConfig = "is_global = true\n" + RuleOptions.VerifySetAsideBodiesKey + " = true\n";

    public static readonly AnalyzerConfigOptionsProvider Options = new UniformOptionsProvider(new Verify());

    private sealed class Verify : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            value = key == RuleOptions.VerifySetAsideBodiesKey ? "true" : null;
            return value is not null;
        }
    }
}
