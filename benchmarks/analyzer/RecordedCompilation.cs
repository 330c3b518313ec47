using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

/// <summary>
/// The compilation a real build's csc response file describes (its sources, references and options) plus the
/// source generators' emitted files, for the analyzer benchmark programs (Profile, Walk), which link this file in.
/// </summary>
internal static class RecordedCompilation
{
    public static CSharpCompilation Load(string responseFile, string generatedDirectory, out CSharpCommandLineArguments arguments)
    {
        var rsp = Path.GetFullPath(responseFile);
        arguments = CSharpCommandLineParser.Default.Parse(["@" + rsp], Path.GetDirectoryName(rsp)!, sdkDirectory: null);
        var parseOptions = arguments.ParseOptions;
        var trees = arguments.SourceFiles.Select(source => source.Path)
            .Concat(Directory.EnumerateFiles(generatedDirectory, "*.cs", SearchOption.AllDirectories))
            .Select(path => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(path), Encoding.UTF8), parseOptions, path))
            .ToList();
        var references = arguments.MetadataReferences.Select(r => (MetadataReference)MetadataReference.CreateFromFile(r.Reference, r.Properties)).ToList();
        return CSharpCompilation.Create(arguments.CompilationName, trees, references, arguments.CompilationOptions);
    }
}
