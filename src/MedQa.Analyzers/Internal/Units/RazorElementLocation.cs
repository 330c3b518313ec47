using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// Where to report the use of a marked tag helper or component. Razor generates the element's creation
/// (<c>CreateTagHelper&lt;T&gt;()</c>, <c>OpenComponent&lt;T&gt;(n)</c>) in <c>#line hidden</c> code, which maps to no
/// <c>.cshtml</c>/<c>.razor</c> line; its attributes' values (<c>thread="…"</c>, <c>Thread="…"</c>) follow it, mapped to
/// the element's line. So a hidden creation is reported at the first mapped token after it, before the next element
/// begins or this one ends; an element with no attribute keeps the generated location.
/// </summary>
internal static class RazorElementLocation
{
    public static Location Of(SyntaxNode creation)
    {
        var tree = creation.SyntaxTree;
        var location = creation.GetLocation();
        if (tree.GetLineVisibility(creation.SpanStart) != LineVisibility.Hidden || creation.Parent is null)
        {
            return location;
        }

        // The enclosing method's body (BuildRenderTree, ExecuteAsync): its tokens after the creation, in order.
        var body = creation;
        while (body.Parent is { } parent && !body.IsKind(SyntaxKind.MethodDeclaration))
        {
            body = parent;
        }

        foreach (var token in body.DescendantTokens(TextSpan.FromBounds(creation.Span.End, body.Span.End)))
        {
            if (token.ValueText is "CloseComponent" or "OpenComponent" or "CreateTagHelper" or "End" or "Begin")
            {
                break;
            }

            if (tree.GetLineVisibility(token.SpanStart) == LineVisibility.Visible
                && token.GetLocation() is var candidate && candidate.GetMappedLineSpan().HasMappedPath)
            {
                return candidate;
            }
        }

        return location;
    }
}
