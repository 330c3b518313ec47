using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>Where content reaches a sink: the place to report and what was rendered.</summary>
internal sealed class SinkEvent
{
    public SinkEvent(Location location, string member, IMethodSymbol? via)
    {
        Location = location;
        Member = member;
        Via = via;
    }

    /// <summary>The rendered expression (in Razor's generated code, mapped to the .cshtml/.razor line).</summary>
    public Location Location { get; }

    /// <summary>The marked member (or method of this compilation) the content comes from.</summary>
    public string Member { get; }

    /// <summary>
    /// <see langword="null"/> when the value is content by itself; otherwise a method of this compilation whose
    /// summary ("returns content") decides.
    /// </summary>
    public IMethodSymbol? Via { get; }
}

/// <summary>The cheap summary of one method (or accessor), computed once from its body.</summary>
internal sealed class MethodFacts
{
    public bool RendersDisclaimer { get; set; }

    public bool ReturnsContent { get; set; }

    /// <summary>Methods of this compilation whose returned content this method returns.</summary>
    public List<IMethodSymbol>? ReturnsContentOf { get; set; }

    /// <summary>Methods of this compilation it calls (through which it may render the disclaimer).</summary>
    public List<IMethodSymbol>? Callees { get; set; }
}

/// <summary>What one render unit (a type: a Razor view, a component, or a C# class) does, gathered from its members.</summary>
internal sealed class UnitFacts
{
    public UnitFacts(INamedTypeSymbol type) => Type = type;

    public INamedTypeSymbol Type { get; }

    public List<SinkEvent> Sinks { get; } = [];

    public List<IMethodSymbol> Methods { get; } = [];

    /// <summary>The app-relative path of a Razor view ("/Pages/Index.cshtml"), from its compiled-item metadata.</summary>
    public string? ViewPath { get; set; }

    public bool IsComponent { get; set; }

    public bool IsRazor { get; set; }

    /// <summary>Whether the view assigns <c>Layout</c>; <see cref="Layout"/> is then the name, or null for none.</summary>
    public bool SetsLayout { get; set; }

    public string? Layout { get; set; }

    public List<string> PartialNames { get; } = [];

    public List<string> ViewComponentNames { get; } = [];

    public List<INamedTypeSymbol> Children { get; } = [];

    /// <summary>Set once MEDQA001 has been decided for the unit at its symbol end.</summary>
    public bool Decided { get; set; }
}
