using System;
using System.Collections.Generic;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// MVC's view lookup, reduced to what MEDQA001 needs: app-relative paths such as <c>/Pages/Admin/Index.cshtml</c>,
/// and the places a layout or partial name (<c>_Layout</c>, <c>~/Views/Shared/_Card.cshtml</c>) is looked for.
/// </summary>
internal static class ViewPaths
{
    public static string FileName(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? path : path.Substring(slash + 1);
    }

    public static string? Folder(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? null : path.Substring(0, slash);
    }

    /// <summary>The folder above <paramref name="folder"/>; null above the root ("" is the root).</summary>
    public static string? Parent(string folder) => folder.Length == 0 ? null : Folder(folder);

    /// <summary>Where MVC looks for a view named <paramref name="name"/> from the view at <paramref name="fromPath"/>, in order.</summary>
    public static IEnumerable<string> Candidates(string? name, string fromPath)
    {
        if (name is null || name.Trim().Length == 0)
        {
            yield break;
        }

        name = name.Trim().Replace('\\', '/');
        if (name.StartsWith("~/", StringComparison.Ordinal))
        {
            yield return name.Substring(1);
            yield break;
        }

        if (name.StartsWith("/", StringComparison.Ordinal))
        {
            yield return name;
            yield break;
        }

        var file = name.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase) ? name : name + ".cshtml";
        for (var folder = Folder(fromPath); folder is not null; folder = Parent(folder))
        {
            yield return folder + "/" + file;
            yield return folder + "/Shared/" + file;
        }

        yield return "/Views/Shared/" + file;
        yield return "/Pages/Shared/" + file;
    }
}
