using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// MEDQA001's configuration, read once per compilation from <c>.editorconfig</c> / <c>.globalconfig</c>.
/// </summary>
internal sealed class RuleOptions
{
    /// <summary>Extra output sinks: documentation ids (<c>M:</c>, <c>T:</c>, <c>P:</c>) separated by <c>;</c>.</summary>
    public const string AdditionalSinksKey = "medqa.MEDQA001.additional_sinks";

    /// <summary>APIs whose result is never rendered content (serializers): documentation ids, replacing the default list.</summary>
    public const string ExcludedApisKey = "medqa.MEDQA001.excluded_apis";

    /// <summary><c>true</c> to analyze a test project too.</summary>
    public const string AnalyzeTestProjectsKey = "medqa.MEDQA001.analyze_test_projects";

    /// <summary>
    /// <c>true</c> to walk the bodies set aside (<see cref="SetAsideBodies"/>) as well and report MEDQA000 if that
    /// changes a decision: a check for MEDQA001's own tests and for bug reports, at the cost of the time set-aside saves.
    /// </summary>
    public const string VerifySetAsideBodiesKey = "medqa.MEDQA001.verify_set_aside_bodies";

    /// <summary>The MSBuild property the SDK sets in test projects, when made visible to the compiler.</summary>
    public const string IsTestProjectKey = "build_property.IsTestProject";

    private RuleOptions(string[] additionalSinks, string[] excludedApis, bool isTestProject, bool verifySetAsideBodies)
    {
        AdditionalSinks = additionalSinks;
        ExcludedApis = excludedApis;
        IsTestProject = isTestProject;
        VerifySetAsideBodies = verifySetAsideBodies;
    }

    public string[] AdditionalSinks { get; }

    public string[] ExcludedApis { get; }

    public bool IsTestProject { get; }

    public bool VerifySetAsideBodies { get; }

    public static RuleOptions Read(Compilation compilation, AnalyzerConfigOptionsProvider provider)
    {
        var values = Find(compilation, provider, [AdditionalSinksKey, ExcludedApisKey, AnalyzeTestProjectsKey, VerifySetAsideBodiesKey]);
        var sinks = values[0];
        var excluded = values[1];
        var analyzeTests = IsTrue(values[2]);
        var isTest = !analyzeTests
            && (IsTrue(Lookup(provider.GlobalOptions, IsTestProjectKey)) || ReferencesTestFramework(compilation));
        return new RuleOptions(
            Split(sinks),
            excluded is null ? BuiltInApis.DefaultExcluded : Split(excluded),
            isTest,
            IsTrue(values[3]));
    }

    // Per key: the global options first (.globalconfig, build properties); else the first source file's .editorconfig
    // section that sets it. One pass over the files for all keys (a project has thousands of files).
    private static string?[] Find(Compilation compilation, AnalyzerConfigOptionsProvider provider, string[] keys)
    {
        var values = new string?[keys.Length];
        var missing = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            values[i] = Lookup(provider.GlobalOptions, keys[i]);
            missing += values[i] is null ? 1 : 0;
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            if (missing == 0)
            {
                break;
            }

            var options = provider.GetOptions(tree);
            for (var i = 0; i < keys.Length; i++)
            {
                if (values[i] is null && Lookup(options, keys[i]) is { } value)
                {
                    values[i] = value;
                    missing--;
                }
            }
        }

        return values;
    }

    /// <summary>Whether the compilation is a test project, by the test frameworks it references.</summary>
    private static bool ReferencesTestFramework(Compilation compilation)
        => !TypeLookup.All(compilation, "Xunit.FactAttribute").IsEmpty
        || !TypeLookup.All(compilation, "NUnit.Framework.TestAttribute").IsEmpty
        || !TypeLookup.All(compilation, "Microsoft.VisualStudio.TestTools.UnitTesting.TestMethodAttribute").IsEmpty
        || !TypeLookup.All(compilation, "TUnit.Core.TestAttribute").IsEmpty;

    private static string? Lookup(AnalyzerConfigOptions options, string key)
        => options.TryGetValue(key, out var value) ? value : null;

    private static bool IsTrue(string? value) => string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    private static string[] Split(string? value)
    {
        if (value is null)
        {
            return [];
        }

        var result = new List<string>();
        foreach (var part in value.Split([';'], StringSplitOptions.RemoveEmptyEntries))
        {
            var id = part.Trim();
            if (id.Length > 2)
            {
                result.Add(id);
            }
        }

        return result.ToArray();
    }
}
