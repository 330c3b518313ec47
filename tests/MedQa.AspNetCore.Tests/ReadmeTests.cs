using System.Reflection;
using System.Text.RegularExpressions;
using MedQa.AspNetCore.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MedQa.AspNetCore.Tests;

/// <summary>The README is both packages' readme on the gallery: its links must work from there, its tags must exist.</summary>
public sealed partial class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(RepositoryPaths.Combine("README.md"));

    [Fact]
    public void Links_Always_AreAbsoluteOrAnchors()
    {
        var relative = MarkdownLink().Matches(Readme).Select(match => match.Groups["target"].Value)
            .Where(target => !target.StartsWith("https://", StringComparison.Ordinal) && !target.StartsWith('#'))
            .ToArray();

        Assert.True(relative.Length == 0, "Relative links break on the gallery: " + string.Join(", ", relative));
    }

    [Fact]
    public void Links_ToTheRepository_NameFilesThatExist()
    {
        var missing = MarkdownLink().Matches(Readme).Select(match => match.Groups["target"].Value)
            .Select(target => RepositoryFile().Match(target))
            .Where(match => match.Success)
            .Select(match => match.Groups["path"].Value.Split('#')[0])
            .Where(path => !File.Exists(RepositoryPaths.Combine(path)) && !Directory.Exists(RepositoryPaths.Combine(path)))
            .ToArray();

        Assert.True(missing.Length == 0, "No such file: " + string.Join(", ", missing));
    }

    [Fact]
    public void RazorSnippets_Always_UseTagsThatMedQaAspNetCoreDefines()
    {
        var defined = typeof(MedQaThreadTagHelper).Assembly.GetTypes()
            .SelectMany(type => type.GetCustomAttributes<HtmlTargetElementAttribute>())
            .Select(attribute => attribute.Tag)
            .Concat(typeof(MedQaThreadTagHelper).Assembly.GetTypes()
                .Where(type => typeof(Microsoft.AspNetCore.Components.IComponent).IsAssignableFrom(type) && type.IsPublic)
                .Select(type => type.Name))
            .ToHashSet(StringComparer.Ordinal);
        var snippets = string.Join('\n', RazorBlock().Matches(Readme).Select(match => match.Groups["code"].Value));
        var used = Regex.Matches(snippets, @"<(?<tag>medqa-[a-z-]+|MedQa[A-Za-z]+)[\s/>]").Select(match => match.Groups["tag"].Value).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("medqa-answers", used);
        Assert.Contains("MedQaAnswers", used);
        Assert.All(used, tag => Assert.Contains(tag, defined));
    }

    [GeneratedRegex(@"```(?:cshtml|razor)\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex RazorBlock();

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"^https://github\.com/medqa/medqa/(?:blob|tree)/main/(?<path>.+)$")]
    private static partial Regex RepositoryFile();
}
