using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedQa.Analyzers.Internal;
using MedQa.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Tests.Internal;

/// <summary>
/// A type's framework traits are kept in one memo entry per type, each trait computed at its first ask: whatever
/// order the traits are asked in, each answer is the one the framework's rule gives.
/// </summary>
public sealed class TypeTraitsTests
{
    private const string Source = """
        using Microsoft.AspNetCore.Components;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.Razor.TagHelpers;
        namespace Host
        {
            public class Card : ComponentBase { }
            public class Shell : LayoutComponentBase { }
            public class NoteTagHelper : TagHelper { }
            public class NotesViewComponent : ViewComponent { }
            [ViewComponent(Name = "Side")] public class Sidebar { }
            public class FooterViewComponent { }
            public abstract class BaseViewComponent { }
            public class HomeController : Controller { }
            [Controller] public class Api { }
            [NonController] public class ReportController : Controller { }
            public class Writer : System.IO.StringWriter { }
            public class Plain { }
            public class Slot<T> : ComponentBase { }
            public abstract class Tagged<T> : TagHelper { }
            public class Pad<T> : Microsoft.AspNetCore.Html.HtmlContentBuilder { }
            public class Bag<T> : System.Collections.Generic.List<T> { }
        }
        """;

    private static readonly TypeTraits[] All =
    [
        TypeTraits.Component, TypeTraits.LayoutComponent, TypeTraits.TagHelper, TypeTraits.ViewComponent,
        TypeTraits.Output, TypeTraits.ViewData, TypeTraits.Controller,
    ];

    // Each type (a source type, or a framework type by metadata name, "`1" constructed over Host.Plain) and its traits.
    private static readonly (string Type, TypeTraits Traits)[] Expected =
    [
        ("Host.Card", TypeTraits.Component),
        ("Host.Shell", TypeTraits.Component | TypeTraits.LayoutComponent),
        ("Host.NoteTagHelper", TypeTraits.TagHelper),
        ("Host.NotesViewComponent", TypeTraits.ViewComponent),
        ("Host.Sidebar", TypeTraits.ViewComponent),
        ("Host.FooterViewComponent", TypeTraits.ViewComponent),
        ("Host.BaseViewComponent", TypeTraits.None),
        ("Host.HomeController", TypeTraits.Controller),
        ("Host.Api", TypeTraits.Controller),
        ("Host.ReportController", TypeTraits.None),
        ("Host.Writer", TypeTraits.Output),
        ("Host.Plain", TypeTraits.None),
        // Constructions of the project's generic types: their interfaces come from their definitions.
        ("Host.Slot`1", TypeTraits.Component),
        ("Host.Tagged`1", TypeTraits.TagHelper),
        ("Host.Pad`1", TypeTraits.Output),
        ("Host.Bag`1", TypeTraits.None),
        ("System.Text.StringBuilder", TypeTraits.Output),
        ("System.IO.TextWriter", TypeTraits.Output),
        ("System.Buffers.IBufferWriter`1", TypeTraits.Output),
        ("Microsoft.AspNetCore.Html.HtmlContentBuilder", TypeTraits.Output),
        ("Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary`1", TypeTraits.ViewData),
        ("Microsoft.AspNetCore.Mvc.ViewFeatures.ITempDataDictionary", TypeTraits.ViewData),
        ("Microsoft.AspNetCore.Components.IComponent", TypeTraits.Component),
        ("Microsoft.AspNetCore.Razor.TagHelpers.ITagHelper", TypeTraits.TagHelper),
        ("System.String", TypeTraits.None),
    ];

    [Property(MaxTest = 50)]
    public Property AnyOrder_EachTraitIsTheRules()
        => Prop.ForAll(Orders(), order =>
        {
            // A fresh compilation each time: nothing is remembered from another order.
            var (compilation, context) = Create();
            foreach (var (type, trait) in order)
            {
                var symbol = Resolve(compilation, Expected[type].Type);
                if (Ask(context, symbol, All[trait]) != ((Expected[type].Traits & All[trait]) != 0))
                {
                    return false;
                }
            }

            return true;
        });

    [Property(MaxTest = 50)]
    public Property AnySetOfTraits_AskedThroughViews_IsTheRules()
        => Prop.ForAll(SetAsks(), asks =>
        {
            // The compilation's context and two walkers' views of it (each a first level of its own), asked in turn:
            // each answer is the rule's for exactly the traits asked, whatever the others asked or stored before.
            var (compilation, shared) = Create();
            RenderContext[] users = [shared, shared.ForOneUser(), shared.ForOneUser()];
            foreach (var (type, traits, user) in asks)
            {
                var symbol = Resolve(compilation, Expected[type].Type);
                if (users[user].TraitsOf(symbol, traits) != (Expected[type].Traits & traits))
                {
                    return false;
                }
            }

            return true;
        });

    [Fact]
    public void EveryTrait_InDeclarationOrderTwice_IsTheRules()
    {
        var (compilation, context) = Create();
        for (var pass = 1; pass <= 2; pass++)
        {
            foreach (var (name, traits) in Expected)
            {
                var symbol = Resolve(compilation, name);
                foreach (var trait in All)
                {
                    Assert.True(Ask(context, symbol, trait) == ((traits & trait) != 0), $"pass {pass}, {name}: {trait}");
                }
            }
        }
    }

    [Fact]
    public void NoType_HasNoTrait()
    {
        var (_, context) = Create();
        Assert.False(context.IsViewDataType(null));
    }

    // Every (type, trait) pair twice, in a random order: the second ask reads what the first and the others stored.
    private static Arbitrary<(int Type, int Trait)[]> Orders()
    {
        var pairs = (from type in Enumerable.Range(0, Expected.Length) from trait in Enumerable.Range(0, All.Length) select (type, trait)).ToArray();
        return Gen.Shuffle(pairs.Concat(pairs)).ToArbitrary();
    }

    // Asks of a type for a non-empty set of traits, by one of three users (0: the shared context, 1 and 2: views).
    private static Arbitrary<List<(int Type, TypeTraits Traits, int User)>> SetAsks()
        => Gen.ListOf(
                from type in Gen.Choose(0, Expected.Length - 1)
                from traits in Gen.Choose(1, (1 << All.Length) - 1)
                from user in Gen.Choose(0, 2)
                select (type, (TypeTraits)traits, user))
            .Resize(60)
            .Select(asks => asks.ToList())
            .ToArbitrary();

    private static bool Ask(RenderContext context, INamedTypeSymbol type, TypeTraits trait) => trait switch
    {
        TypeTraits.Component => context.IsComponentType(type),
        TypeTraits.LayoutComponent => context.IsLayoutComponent(type),
        TypeTraits.TagHelper => context.IsTagHelperType(type),
        TypeTraits.ViewComponent => context.IsViewComponentType(type),
        TypeTraits.Output => context.IsOutputParameter(type),
        TypeTraits.ViewData => context.IsViewDataType(type),
        TypeTraits.Controller => context.IsControllerType(type),
        _ => throw new ArgumentOutOfRangeException(nameof(trait)),
    };

    private static INamedTypeSymbol Resolve(Compilation compilation, string name)
    {
        var type = compilation.GetTypeByMetadataName(name) ?? throw new InvalidOperationException(name + " is not in the test references");
        return type.IsGenericType ? type.Construct(compilation.GetTypeByMetadataName("Host.Plain")!) : type;
    }

    private static (Compilation Compilation, RenderContext Context) Create() => TestCompilations.LibraryWithContext(Source);
}
