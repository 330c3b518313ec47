using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace MedQa.Analyzers.Tests.Infrastructure;

/// <summary>
/// The references test sources compile against: the running .NET and ASP.NET Core shared frameworks, taken from
/// this machine instead of downloaded (no NuGet access at test time), and without the test framework itself, which
/// would make MEDQA001 treat the test sources as a test project.
/// </summary>
internal static class TestReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> Shared = new(Load);

    /// <summary>An empty reference set for the testing library: every reference comes from <see cref="Framework"/>.</summary>
    public static ReferenceAssemblies None { get; } = new("net10.0");

    public static ImmutableArray<MetadataReference> Framework => Shared.Value;

    private static ImmutableArray<MetadataReference> Load()
    {
        var folders = new[]
        {
            Path.GetDirectoryName(typeof(object).Assembly.Location)!,
            Path.GetDirectoryName(typeof(Microsoft.AspNetCore.Http.HttpResponse).Assembly.Location)!,
        };
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = ImmutableArray.CreateBuilder<MetadataReference>();
        foreach (var path in trusted)
        {
            if (folders.Contains(Path.GetDirectoryName(path)))
            {
                references.Add(MetadataReference.CreateFromFile(path));
            }
        }

        return references.ToImmutable();
    }
}
