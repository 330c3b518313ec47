using System.Reflection;
using MedQa.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MedQa.Analyzers.Tests;

/// <summary>Every rule's help link points at its page under docs/rules, and the page exists.</summary>
public sealed class HelpLinkTests
{
    private const string Prefix = "https://github.com/medqa/medqa/blob/main/";

    public static TheoryData<string, string> Descriptors()
    {
        // A rule reported both per body and at the compilation end has two descriptors with one id and one link;
        // each distinct pair is one case (xUnit would otherwise skip the repeat as a duplicate ID).
        var data = new TheoryData<string, string>();
        var seen = new HashSet<(string, string)>();
        foreach (var type in typeof(AnswerRenderedWithoutDisclaimerAnalyzer).Assembly.GetTypes())
        {
            if (type.IsAbstract || !typeof(DiagnosticAnalyzer).IsAssignableFrom(type) || type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is null)
            {
                continue;
            }

            var analyzer = (DiagnosticAnalyzer)Activator.CreateInstance(type)!;
            foreach (var descriptor in analyzer.SupportedDiagnostics)
            {
                if (seen.Add((descriptor.Id, descriptor.HelpLinkUri)))
                {
                    data.Add(descriptor.Id, descriptor.HelpLinkUri);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void HelpLink_EveryDescriptor_PointsAtExistingDocsPage(string id, string helpLink)
    {
        Assert.Equal($"{Prefix}docs/rules/{id}.md", helpLink);
        var page = Path.Combine(RepositoryRoot(), "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"{page} is missing");
        Assert.Contains($"# {id}", File.ReadAllText(page), StringComparison.Ordinal);
    }

    [Fact]
    public void RuleIdentifiers_EveryConstant_HasADescriptor()
    {
        var ids = Descriptors().Select(row => (string)row[0]).ToHashSet();
        foreach (var field in typeof(RuleIdentifiers).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            Assert.Contains((string)field.GetRawConstantValue()!, ids);
        }
    }

    internal static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MedQa.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("MedQa.slnx not found above " + AppContext.BaseDirectory);
    }
}
