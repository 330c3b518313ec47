using System.Reflection;
using System.Xml.Linq;

namespace MedQa.Tests.Conventions;

/// <summary>Conventions every public type of MedQa.Core keeps, checked by reflection so new types cannot forget them.</summary>
public class PublicApiConventionTests
{
    private static readonly Assembly Core = typeof(QaThread).Assembly;

    private static IEnumerable<Type> PublicTypes => Core.GetExportedTypes();

    /// <summary>The domain model: the root namespace's types, which validate in their constructors.</summary>
    private static IEnumerable<Type> ModelTypes => PublicTypes.Where(type => type.Namespace == "MedQa" && !type.IsEnum && !type.IsAbstract && !typeof(Attribute).IsAssignableFrom(type));

    public static TheoryData<string> ModelTypeNames => [.. ModelTypes.Select(type => type.FullName!)];

    [Theory]
    [MemberData(nameof(ModelTypeNames))]
    public void ModelType_HasNoSettersOrInitAccessors(string typeName)
    {
        // Not even init: `with { Title = "" }` would bypass the constructor's validation.
        var type = Core.GetType(typeName)!;
        var writable = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.SetMethod is { IsPublic: true } || property.SetMethod is { IsFamily: true })
            .Select(property => property.Name);
        Assert.Empty(writable);
    }

    [Theory]
    [MemberData(nameof(ModelTypeNames))]
    public void ModelType_HasNoMutableFields(string typeName)
    {
        var type = Core.GetType(typeName)!;
        var mutable = type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Where(field => !field.IsInitOnly)
            .Select(field => field.Name);
        Assert.Empty(mutable);
    }

    [Fact]
    public void ModelTypes_AreSealedOrValueTypes()
        => Assert.All(ModelTypes.Where(type => !(type.IsAbstract && type.IsSealed)), type => Assert.True(type.IsSealed || type.IsValueType, type.FullName));

    [Fact]
    public void EveryPublicType_HasXmlSummary()
    {
        var docs = XDocument.Load(Path.ChangeExtension(Core.Location, ".xml"));
        var documented = docs.Descendants("member")
            .Where(member => !string.IsNullOrWhiteSpace(member.Element("summary")?.Value))
            .Select(member => member.Attribute("name")!.Value)
            .ToHashSet(StringComparer.Ordinal);
        Assert.All(PublicTypes, type => Assert.Contains("T:" + type.FullName!.Replace('+', '.'), documented));
    }
}
