using MedQa.Analyzers.Internal;
using MedQa.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Tests.Internal;

/// <summary>
/// A plain class (derives from object, implements nothing, carries no attribute) is given its unit kind and its
/// controller answer without the trait lookups; for every type, plain or not, those answers are the full rules'.
/// </summary>
public sealed class PlainClassTests
{
    private const string Source = """
        using Microsoft.AspNetCore.Components;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.Razor.TagHelpers;
        namespace Host
        {
            public class Service { }
            public static class Helpers { }
            public class OrdersController { }
            public abstract class BaseController { }
            public class GenericController<T> { }
            internal class HiddenController { }
            public class FooterViewComponent { }
            public abstract class AbstractViewComponent { }
            [System.Obsolete] public class OldController { }
            [NonController] public class SkippedController { }
            public record Item(int Id, string Name);
            public class Disposer : System.IDisposable { public void Dispose() { } }
            public class Card : ComponentBase { }
            public class NoteTagHelper : TagHelper { }
            public class NotesViewComponent : ViewComponent { }
            public class HomeController : Controller { }
            [Controller] public class Api { }
            public class Outer { public class InnerController { } }
        }
        """;

    // The types the fast path answers; the others go through the trait lookups.
    private static readonly string[] Plain =
    [
        "Host.Service", "Host.Helpers", "Host.OrdersController", "Host.BaseController", "Host.GenericController`1",
        "Host.HiddenController", "Host.FooterViewComponent", "Host.AbstractViewComponent", "Host.Outer", "Host.Outer+InnerController",
    ];

    private static readonly string[] NotPlain =
    [
        "Host.OldController", "Host.SkippedController", "Host.Item", "Host.Disposer", "Host.Card", "Host.NoteTagHelper",
        "Host.NotesViewComponent", "Host.HomeController", "Host.Api",
    ];

    [Fact]
    public void PlainClass_IsOnlyAClassOfObjectWithNoInterfaceOrAttribute()
    {
        var (compilation, _) = Create();
        foreach (var name in Plain)
        {
            Assert.True(TypeRelations.IsPlainClass(Resolve(compilation, name)), name);
        }

        foreach (var name in NotPlain)
        {
            Assert.False(TypeRelations.IsPlainClass(Resolve(compilation, name)), name);
        }
    }

    [Fact]
    public void EveryType_IsControllerAndUnitKind_AreTheFullRules()
    {
        var (compilation, context) = Create();
        foreach (var name in Plain.Concat(NotPlain))
        {
            var type = Resolve(compilation, name);
            Assert.Equal(MvcConventions.IsControllerType(context.Types, type), MvcConventions.IsController(context, type));
            Assert.Equal(KindByRules(context, type), UnitFactory.ForType(context, type).Kind);
        }
    }

    [Fact]
    public void NamingRules_StillMakeControllersAndViewComponentsOfPlainClasses()
    {
        var (compilation, context) = Create();
        Assert.True(MvcConventions.IsController(context, Resolve(compilation, "Host.OrdersController")));
        Assert.False(MvcConventions.IsController(context, Resolve(compilation, "Host.BaseController"))); // abstract
        Assert.False(MvcConventions.IsController(context, Resolve(compilation, "Host.GenericController`1")));
        Assert.False(MvcConventions.IsController(context, Resolve(compilation, "Host.HiddenController"))); // not public
        Assert.False(MvcConventions.IsController(context, Resolve(compilation, "Host.SkippedController")));
        Assert.True(MvcConventions.IsController(context, Resolve(compilation, "Host.Outer+InnerController")));
        Assert.Equal(UnitKind.ViewComponent, UnitFactory.ForType(context, Resolve(compilation, "Host.FooterViewComponent")).Kind);
        Assert.Equal(UnitKind.Class, UnitFactory.ForType(context, Resolve(compilation, "Host.AbstractViewComponent")).Kind);
        Assert.Equal(UnitKind.Class, UnitFactory.ForType(context, Resolve(compilation, "Host.Service")).Kind);
    }

    // UnitFactory.ForType's order of the rules, asked of the trait cache (a library compilation has no Razor views).
    private static UnitKind KindByRules(RenderContext context, INamedTypeSymbol type)
        => context.IsComponentType(type) ? UnitKind.Component
        : context.IsViewComponentType(type) ? UnitKind.ViewComponent
        : context.IsTagHelperType(type) ? UnitKind.TagHelper
        : UnitKind.Class;

    private static INamedTypeSymbol Resolve(Compilation compilation, string name)
        => compilation.GetTypeByMetadataName(name) ?? throw new InvalidOperationException(name + " is not in the compilation");

    private static (Compilation Compilation, RenderContext Context) Create() => TestCompilations.LibraryWithContext(Source);
}
