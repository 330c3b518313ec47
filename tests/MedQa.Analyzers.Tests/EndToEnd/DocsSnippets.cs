using System.Text.RegularExpressions;

namespace MedQa.Analyzers.Tests.EndToEnd;

/// <summary>
/// Every C#, .cshtml and .razor snippet of docs/rules/MEDQA001.md, as files of the end-to-end project under
/// <c>Docs/</c>, with the few types they name: they must compile with the real SDK and Razor generator, and MEDQA001
/// must report exactly the snippet lines that end with <see cref="WebProjectFixture.Marker"/>.
/// </summary>
internal static partial class DocsSnippets
{
    private const string CSharpHeader = """
        using System.Diagnostics.CodeAnalysis;
        using MedQa;
        using MedQa.Rendering;

        namespace E2E.Docs;


        """;

    public static IEnumerable<(string Path, string Text)> Files()
    {
        yield return ("Docs/_ViewImports.cshtml", """
            @using E2E
            @using E2E.Docs
            @using MedQa
            @addTagHelper *, Microsoft.AspNetCore.Mvc.TagHelpers
            """);
        yield return ("Docs/_Imports.razor", """
            @using Microsoft.AspNetCore.Components
            @using Microsoft.AspNetCore.Components.Web
            @using E2E
            @using MedQa
            """);
        yield return ("Docs/ShowModel.cs", """
            namespace E2E.Docs;

            public sealed class ShowModel
            {
                public MedQa.Answer Answer { get; } = Sample.Answer;
            }
            """);
        yield return ("Docs/MedicalDisclaimerNotice.razor", """
            @((MarkupString)SiteDisclaimer.Html())
            """);

        var page = File.ReadAllText(Path.Combine(HelpLinkTests.RepositoryRoot(), "docs", "rules", "MEDQA001.md"));
        var index = 0;
        foreach (Match block in Snippet().Matches(page))
        {
            index++;
            var language = block.Groups["language"].Value;
            var code = block.Groups["code"].Value;
            switch (language)
            {
                case "csharp":
                    yield return ($"Docs/Snippet{index}.cs", CSharpHeader + code);
                    break;
                case "cshtml":
                    yield return ($"Docs/Snippet{index}.cshtml", code);
                    break;
                case "razor":
                    yield return ($"Docs/Snippet{index}.razor", code);
                    break;
            }
        }
    }

    [GeneratedRegex(@"^```(?<language>csharp|cshtml|razor)\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Snippet();
}
