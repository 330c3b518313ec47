using System.Xml.Linq;

namespace MedQa.Package.Tests;

/// <summary>
/// Issue 9, point 1: a temporary project must restore on a machine whose NuGet cache is empty, so it keeps the user's
/// package sources (the SDKs add packages of their own) and is isolated only from the repository's build settings.
/// </summary>
public sealed class ConsumerProjectTests
{
    private const string Feed = "/tmp/medqa-consumer-test/feed";

    [Fact]
    public void NuGetConfig_Written_KeepsTheUsersSources()
    {
        var config = XDocument.Parse(ConsumerProject.NuGetConfig(Feed));

        Assert.DoesNotContain(config.Descendants(), element => element.Name.LocalName == "clear");
    }

    [Fact]
    public void NuGetConfig_Written_AddsOnlyTheLocalFeedAndNamesNoRegistry()
    {
        var config = XDocument.Parse(ConsumerProject.NuGetConfig(Feed));

        var sources = config.Descendants("add").Select(element => (string?)element.Attribute("value") ?? "").ToArray();
        Assert.Equal([Feed], sources);
        Assert.DoesNotContain("://", config.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void NuGetConfig_Written_MapsNoPackageSources()
    {
        // A packageSourceMapping would leave every package it does not name (the SDKs' own) without a source.
        var config = XDocument.Parse(ConsumerProject.NuGetConfig(Feed));

        Assert.DoesNotContain(config.Descendants(), element => element.Name.LocalName == "packageSourceMapping");
    }

    [Fact]
    public void TestSources_TemporaryProjects_NeverClearThePackageSources()
    {
        // Every test that writes a nuget.config for a temporary project: none may clear the user's sources.
        var clear = "<" + "clear";
        var offenders = Directory.EnumerateFiles(RepositoryPaths.Combine("tests"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(path => File.ReadAllText(path).Contains(clear, StringComparison.OrdinalIgnoreCase))
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path))
            .ToArray();

        Assert.True(offenders.Length == 0, "These clear the user's package sources: " + string.Join(", ", offenders));
    }
}
