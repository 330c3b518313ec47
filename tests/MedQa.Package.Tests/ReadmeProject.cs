using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace MedQa.Package.Tests;

/// <summary>
/// A web project made of README.md's snippets, built against the packed packages (<see cref="ConsumerProject"/> builds it
/// with the consumer): every <c>```csharp</c>, <c>```cshtml</c> and <c>```razor</c> block, so a README edit that breaks a
/// snippet fails the consumer build's tests. The harness adds only what a snippet leaves to its reader: the variables
/// it names but does not declare (<see cref="FreeVariables"/>), the usings a reader's file would have, a page model and
/// a thread, the html around a layout's lines. A Razor block may hold several files, each after a comment naming it
/// (<c>@* Pages/Shared/_Layout.cshtml, once for every page: *@</c>); a comment <c>@* _Imports.razor: @using … *@</c>
/// puts that directive in that imports file.
/// </summary>
internal static partial class ReadmeProject
{
    /// <summary>What a C# snippet may use without declaring it, as the method's parameters: name and type.</summary>
    public static readonly IReadOnlyList<(string Name, string Type)> FreeVariables =
    [
        ("thread", "QaThread"),
        ("builder", "WebApplicationBuilder"),
        ("app", "WebApplication"),
        ("stream", "Stream"),
        ("ct", "CancellationToken"),
        ("db", "MedQaDbContext"),
        ("slug", "string"),
        ("answerId", "string"),
        ("voterId", "string"),
        ("voterPhysicianId", "string?"),
        ("physicianId", "string"),
        ("headline", "string?"),
        ("body", "string"),
        ("timeProvider", "TimeProvider"),
        ("cancellationToken", "CancellationToken"),
    ];

    // The usings of the file a reader pastes a snippet into (ImplicitUsings covers System, System.IO, ASP.NET Core's).
    private static readonly string[] HarnessUsings =
    [
        "System.Buffers", "System.Text.Encodings.Web", "System.Text.Json", "System.Text.Unicode",
        "MedQa", "MedQa.AspNetCore", "MedQa.EntityFrameworkCore", "MedQa.Rendering", "MedQa.Serialization",
        "Microsoft.AspNetCore.Mvc", "Microsoft.EntityFrameworkCore",
    ];

    /// <summary>The README's snippets by language, in order (language, code): what <see cref="Files"/> compiles.</summary>
    public static IReadOnlyList<(string Language, string Code)> Snippets(string readme)
        => [.. Block().Matches(readme).Select(match => (match.Groups["language"].Value, match.Groups["code"].Value))];

    /// <summary>The project's files (path relative to the project, text), referencing the packages at these versions (by id).</summary>
    public static IEnumerable<(string Path, string Text)> Files(string readme, IReadOnlyDictionary<string, string> versions)
    {
        var viewImports = new StringBuilder("@using MedQa\n@using Readme\n@namespace Readme.Pages\n");
        var componentImports = new StringBuilder(
            "@using Microsoft.AspNetCore.Components\n@using Microsoft.AspNetCore.Components.Web\n@using MedQa\n@using Readme\n@using Readme.Components.Layout\n");
        var index = 0;
        foreach (var (language, code) in Snippets(readme))
        {
            index++;
            var name = $"ReadmeSnippet{index}";
            if (language is "csharp" or "cs")
            {
                yield return ($"Snippets/{name}.cs", CSharpFile(name, code));
                continue;
            }

            foreach (var (file, text) in RazorFiles(code, language == "razor" ? componentImports : viewImports))
            {
                if (file is null && text.Trim().Length == 0)
                {
                    continue;
                }

                yield return file is null
                    ? (language == "razor" ? $"Components/Pages/{name}.razor" : $"Pages/{name}.cshtml", text)
                    : (language == "razor" ? RazorLayoutPath(file) : file, language == "razor" ? ComponentLayout(text) : PageLayout(text));
                if (file is null && language == "razor")
                {
                    yield return ($"Components/Pages/{name}.razor.cs", ComponentCompanion(name, text));
                }
            }
        }

        yield return ("Pages/_ViewImports.cshtml", viewImports.ToString());
        yield return ("Pages/_ViewStart.cshtml", "@{\n    Layout = \"_Layout\";\n}\n");
        yield return ("Components/_Imports.razor", componentImports.ToString());
        yield return ("Pages/ThreadModel.cs", """
            using MedQa;
            using Microsoft.AspNetCore.Mvc.RazorPages;

            namespace Readme.Pages;

            /// <summary>The model the README's page names.</summary>
            public sealed class ThreadModel : PageModel
            {
                public QaThread Thread { get; } = Readme.SampleData.Thread;
            }
            """);
        yield return ("SampleData.cs", """
            using MedQa;

            namespace Readme;

            /// <summary>A thread for the snippets that show one.</summary>
            public static class SampleData
            {
                public static QaThread Thread { get; } = new(
                    new Question("is-it-safe", "Is it safe?"),
                    [new Answer("yes", "Usually, with the right technique.")],
                    MedicalDisclaimer.ForRegion("GB"));
            }

            /// <summary>The store the README's minimal API snippet names.</summary>
            public sealed class ThreadStore
            {
                public QaThread? Find(string id) => id == SampleData.Thread.Question.Id ? SampleData.Thread : null;
            }
            """);
        yield return ("Program.cs", """
            using MedQa.AspNetCore;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddMedQa();
            builder.Services.AddRazorPages();
            builder.Services.AddRazorComponents();
            var app = builder.Build();
            app.MapRazorPages();
            app.Run();
            """);
        yield return ("Readme.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <RootNamespace>Readme</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="MedQa.AspNetCore" Version="[{versions["MedQa.AspNetCore"]}]" />
                <PackageReference Include="MedQa.EntityFrameworkCore" Version="[{versions["MedQa.EntityFrameworkCore"]}]" />
                <PackageReference Include="Microsoft.EntityFrameworkCore.Sqlite" Version="{CentralVersion("Microsoft.EntityFrameworkCore.Sqlite")}" />
              </ItemGroup>
            </Project>
            """);
    }

    /// <summary>A C# snippet as a method of its own (async when it awaits), its usings at the top of the file.</summary>
    internal static string CSharpFile(string name, string code)
    {
        var lines = code.Split('\n');
        var own = lines.TakeWhile(line => line.StartsWith("using ", StringComparison.Ordinal) || line.Trim().Length == 0).ToArray();
        var usings = own.Where(line => line.Trim().Length > 0).Select(line => line.Trim()).ToList();
        usings.AddRange(HarnessUsings.Select(name => $"using {name};").Where(line => !usings.Contains(line)));
        var body = string.Join('\n', lines.Skip(own.Length).Select(line => "        " + line));
        var parameters = string.Join(", ", FreeVariables
            .Where(variable => Regex.IsMatch(code, $@"\b{variable.Name}\b") && !Regex.IsMatch(code, $@"(?:\bvar|[\w?>\]]+)\s+{variable.Name}\s*(?:=|\))"))
            .Select(variable => $"{variable.Type} {variable.Name}"));
        var signature = code.Contains("await ", StringComparison.Ordinal) ? $"public static async Task RunAsync({parameters})" : $"public static void Run({parameters})";
        return $$"""
            {{string.Join('\n', usings)}}

            namespace Readme.Snippets;

            /// <summary>A snippet of README.md, compiled as written.</summary>
            public static class {{name}}
            {
                {{signature}}
                {
            {{body}}
                }
            }
            """;
    }

    /// <summary>
    /// A Razor block's files: (null, the page) first, then (path, lines) for each file a comment names; a comment
    /// naming an imports file with a directive adds that directive to <paramref name="imports"/>.
    /// </summary>
    internal static IEnumerable<(string? File, string Text)> RazorFiles(string code, StringBuilder imports)
    {
        string? file = null;
        var text = new StringBuilder();
        foreach (var line in code.Split('\n'))
        {
            var header = FileComment().Match(line);
            if (header.Success && header.Groups["directive"].Success)
            {
                imports.Append(header.Groups["directive"].Value.Trim()).Append('\n');
                continue;
            }

            if (header.Success)
            {
                yield return (file, text.ToString());
                (file, text) = (header.Groups["file"].Value, new StringBuilder());
                continue;
            }

            text.Append(line).Append('\n');
        }

        yield return (file, text.ToString());
    }

    private static string RazorLayoutPath(string file) => $"Components/Layout/{Path.GetFileName(file)}";

    private static string PageLayout(string lines) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head><title>Readme</title>@await RenderSectionAsync("Head", required: false)</head>
        <body>
        {lines}</body>
        </html>

        """;

    private static string ComponentLayout(string lines) => "@inherits LayoutComponentBase\n" + lines;

    // The page's route parameter and the thread field the README's component leaves to its reader.
    private static string ComponentCompanion(string name, string page)
    {
        var members = new StringBuilder();
        foreach (Match parameter in Regex.Matches(page, @"\{(?<name>[A-Z]\w*)\}"))
        {
            members.Append($"    [Parameter] public string {parameter.Groups["name"].Value} {{ get; set; }} = \"\";\n");
        }

        if (Regex.IsMatch(page, @"=""thread""") && !page.Contains("@code", StringComparison.Ordinal))
        {
            members.Append("    private readonly QaThread thread = Readme.SampleData.Thread;\n");
        }

        return $$"""
            using MedQa;
            using Microsoft.AspNetCore.Components;

            namespace Readme.Components.Pages;

            public partial class {{name}}
            {
            {{members}}}

            """;
    }

    private static string CentralVersion(string id) => XDocument.Load(RepositoryPaths.Combine("Directory.Packages.props"))
        .Descendants("PackageVersion").Single(element => (string?)element.Attribute("Include") == id).Attribute("Version")!.Value;

    [GeneratedRegex(@"^```(?<language>csharp|cs|cshtml|razor)\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Block();

    // "@* Pages/Shared/_Layout.cshtml, once for every page: *@" or "@* _Imports.razor: @using MedQa.AspNetCore.Components *@".
    [GeneratedRegex(@"^@\*\s*(?<file>[\w./]+\.(?:cshtml|razor))(?::\s*(?<directive>@\w+\s.+?)|[^*]*?)\s*\*@\s*$")]
    private static partial Regex FileComment();
}
