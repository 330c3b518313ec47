using System.Text;
using System.Text.RegularExpressions;

namespace MedQa.Package.Tests;

/// <summary>The harness that turns README.md's snippets into the project the consumer build compiles.</summary>
public sealed class ReadmeProjectTests
{
    private static readonly string Readme = File.ReadAllText(RepositoryPaths.Combine("README.md"));

    [Fact]
    public void Snippets_Readme_AreEveryCSharpCshtmlAndRazorBlock()
    {
        var fences = Regex.Matches(Readme, @"^```(\w+)\n", RegexOptions.Multiline).Select(match => match.Groups[1].Value)
            .Count(language => language is "csharp" or "cs" or "cshtml" or "razor");
        var snippets = ReadmeProject.Snippets(Readme);

        Assert.Equal(fences, snippets.Count);
        Assert.Contains(snippets, snippet => snippet.Language == "cshtml");
        Assert.Contains(snippets, snippet => snippet.Language == "razor");
        Assert.Contains(snippets, snippet => snippet.Language == "csharp");
    }

    [Fact]
    public void RazorFiles_BlockWithFileComments_SplitsPageLayoutAndImports()
    {
        var imports = new StringBuilder();
        const string block = "@* _Imports.razor: @using MedQa.AspNetCore.Components *@\n@page \"/x\"\n<MedQaAnswers Thread=\"thread\" />\n\n@* MainLayout.razor: *@\n<main>@Body</main>\n";

        var files = ReadmeProject.RazorFiles(block, imports).ToArray();

        Assert.Equal("@using MedQa.AspNetCore.Components\n", imports.ToString());
        Assert.Equal(2, files.Length);
        Assert.Null(files[0].File);
        Assert.Contains("<MedQaAnswers", files[0].Text, StringComparison.Ordinal);
        Assert.Equal("MainLayout.razor", files[1].File);
        Assert.Equal("<main>@Body</main>\n\n", files[1].Text);
    }

    [Fact]
    public void RazorFiles_ImportsCommentWithAStar_KeepsTheWholeDirective()
    {
        var imports = new StringBuilder();

        _ = ReadmeProject.RazorFiles("@* Pages/_ViewImports.cshtml: @addTagHelper *, MedQa.AspNetCore *@\n@page\n", imports).ToArray();

        Assert.Equal("@addTagHelper *, MedQa.AspNetCore\n", imports.ToString());
    }

    [Fact]
    public void CSharpFile_UndeclaredVariable_BecomesAParameter()
    {
        var file = ReadmeProject.CSharpFile("S", "using MedQa.Rendering;\n\nstring html = MedQaHtmlRenderer.Default.Render(thread);\n");

        Assert.Contains("public static void Run(QaThread thread)", file, StringComparison.Ordinal);
        Assert.StartsWith("using MedQa.Rendering;\n", file, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(file, @"^using MedQa\.Rendering;$", RegexOptions.Multiline));
    }

    [Fact]
    public void CSharpFile_DeclaredVariableAndAwait_IsAnAsyncMethodWithoutThatParameter()
    {
        var file = ReadmeProject.CSharpFile("S", "var thread = await Load(stream);\n");

        Assert.Contains("public static async Task RunAsync(Stream stream)", file, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_AspNetCorePackageBeside_IsNeverTakenForMedQa()
    {
        var folder = Directory.CreateTempSubdirectory("medqa-find-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "MedQa.AspNetCore.0.2.0.nupkg"), "");

            Assert.Null(PackedPackage.Find(folder, "MedQa"));
            Assert.Equal(Path.Combine(folder, "MedQa.AspNetCore.0.2.0.nupkg"), PackedPackage.Find(folder, "MedQa.AspNetCore"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Files_Readme_MakeOneFilePerCSharpSnippetAndTheProject()
    {
        var files = ReadmeProject.Files(Readme, Versions).Select(file => file.Path).ToArray();
        var csharp = ReadmeProject.Snippets(Readme).Count(snippet => snippet.Language is "csharp" or "cs");

        Assert.Equal(csharp, files.Count(path => path.StartsWith("Snippets/", StringComparison.Ordinal)));
        Assert.Contains("Pages/Shared/_Layout.cshtml", files);
        Assert.Contains("Components/Layout/MainLayout.razor", files);
        Assert.Contains("Readme.csproj", files);
    }

    private static readonly Dictionary<string, string> Versions = new(StringComparer.Ordinal)
    {
        ["MedQa.AspNetCore"] = "0.2.0",
        ["MedQa.EntityFrameworkCore"] = "0.2.0",
    };
}
