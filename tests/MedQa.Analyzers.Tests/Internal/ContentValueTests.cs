using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedQa.Analyzers.Internal;

namespace MedQa.Analyzers.Tests.Internal;

/// <summary>The content lattice's one join: an upper bound that drops nothing a decision needs.</summary>
[Properties(Arbitrary = [typeof(Arbitraries)], MaxTest = 300)]
public sealed class ContentValueTests
{
    [Property]
    public bool Join_IsCommutativeUpToNames(Lattice left, Lattice right)
        => Same(left.Value.Join(right.Value), right.Value.Join(left.Value));

    [Property]
    public bool Join_IsAssociative(Lattice a, Lattice b, Lattice c)
        => Same(a.Value.Join(b.Value).Join(c.Value), a.Value.Join(b.Value.Join(c.Value)));

    [Property]
    public bool Join_IsIdempotent(Lattice value) => Same(value.Value.Join(value.Value), value.Value);

    [Property]
    public bool Join_NoneIsIdentity(Lattice value)
        => Same(value.Value.Join(ContentValue.None), value.Value) && Same(ContentValue.None.Join(value.Value), value.Value);

    [Property]
    public bool Join_ContentIfEitherSideIs(Lattice left, Lattice right)
        => left.Value.Join(right.Value).IsContent == (left.Value.IsContent || right.Value.IsContent);

    [Property]
    public bool Join_BareIfEitherSideIs(Lattice left, Lattice right)
        => (left.Value.Join(right.Value).Bare is not null) == (left.Value.Bare is not null || right.Value.Bare is not null);

    [Property]
    public bool Join_KeepsEveryDependencyOfBothSidesUnlessContent(Lattice left, Lattice right)
    {
        var joined = left.Value.Join(right.Value);
        return joined.IsContent || (Contains(joined, left.Value) && Contains(joined, right.Value));
    }

    [Fact]
    public void Join_ConditionalOfTwoHelpers_KeepsBothDependencies()
    {
        // brief ? Cards.Title(a) : Cards.Card(a): the second helper alone may return content.
        var title = new ViewDataKey("Title");
        var card = new ViewDataKey("Card");
        var joined = ContentValue.DependsOn(title).Join(ContentValue.DependsOn(card));
        Assert.Equal(2, joined.Dependencies.Length);
        Assert.Contains(card, joined.Dependencies);
    }

    [Fact]
    public void AsText_BareValue_BecomesContentNamedAfterIt()
    {
        var text = ContentValue.BareOf("Answer").AsText();
        Assert.True(text.IsContent);
        Assert.Equal("Answer", text.Member);
    }

    [Fact]
    public void WithoutBare_BareOnly_IsNone() => Assert.True(ContentValue.BareOf("Answer").WithoutBare().IsNone);

    private static bool Same(ContentValue left, ContentValue right)
        => left.IsContent == right.IsContent
        && (left.Bare is null) == (right.Bare is null)
        && SetEquals(left, right);

    private static bool SetEquals(ContentValue left, ContentValue right)
        => left.Dependencies.Length == right.Dependencies.Length && Contains(left, right);

    private static bool Contains(ContentValue outer, ContentValue inner)
    {
        foreach (var dependency in inner.Dependencies)
        {
            if (!outer.Dependencies.Contains(dependency))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A lattice value for FsCheck (the lattice itself is internal).</summary>
    public sealed class Lattice
    {
        internal Lattice(ContentValue value) => Value = value;

        internal ContentValue Value { get; }

        public override string ToString() => Value.ToString();
    }

    public static class Arbitraries
    {
        private static readonly ViewDataKey[] Nodes = [new("a"), new("b"), new("c"), new("d")];

        private static Gen<ContentValue> Atom { get; } = Gen.OneOf(
            Gen.Constant(ContentValue.None),
            Gen.Elements("Answer.Body", "Answer.Headline").Select(ContentValue.Of),
            Gen.Constant(ContentValue.BareOf("Answer")),
            Gen.Elements(Nodes).Select(node => ContentValue.DependsOn(node)));

        public static Arbitrary<Lattice> Values() =>
            Gen.ListOf(Atom).Resize(5)
                .Select(atoms => new Lattice(atoms.Aggregate(ContentValue.None, (value, atom) => value.Join(atom))))
                .ToArbitrary();
    }
}
