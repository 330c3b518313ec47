using MedQa.Analyzers.Tests.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MedQa.Analyzers.Tests.Infrastructure;

/// <summary>
/// The test sources' markers, disclaimer and answer compiled into a library named <c>MedQa.Core.Like</c>, as an app
/// references MedQa.Core: its names are where content starts, and a call into it is no callee of the project's.
/// </summary>
internal static class ModelLibrary
{
    private static readonly Lazy<MetadataReference> Library = new(() => TypeLookupTests.Library("MedQa.Core.Like", Sources.Markers + Sources.Model));

    public static MetadataReference Reference => Library.Value;

    /// <summary>A library named <c>App</c> of <paramref name="sources"/> that references the model as apps reference MedQa.Core.</summary>
    public static CSharpCompilation App(params string[] sources)
        => CSharpCompilation.Create(
            "App",
            [.. sources.Select(source => CSharpSyntaxTree.ParseText(source))],
            [.. TestReferences.Framework, Reference],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
}
