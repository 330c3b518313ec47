using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// The content lattice: what a value may carry, joined with <see cref="Join"/> and nothing else.
/// <list type="bullet">
/// <item><see cref="Member"/>: answer content for certain, read from that member (the top for decisions).</item>
/// <item><see cref="Bare"/>: a value of a marked type (an <c>Answer</c>), content once it is turned into text.</item>
/// <item><see cref="Dependencies"/>: flow nodes of the compilation (a method's result, a field or property, a
/// parameter, a <c>ViewData</c> key): content when one of them turns out to carry content.</item>
/// <item><see cref="Parameters"/>: what the enclosing body receives from its callers and it comes from: a parameter of the
/// method, or the model of the view (<see cref="ViewModelSlot"/>); content when a caller passes content.</item>
/// </list>
/// Once a value is content for certain, its dependencies and parameters cannot change a decision, so they are not kept.
/// </summary>
internal readonly struct ContentValue
{
    private readonly ImmutableArray<object> _dependencies;
    private readonly ImmutableArray<object> _parameters;

    private ContentValue(string? member, string? bare, ImmutableArray<object> dependencies, ImmutableArray<object> parameters)
    {
        Member = member;
        Bare = bare;
        _dependencies = member is null ? dependencies : default;
        _parameters = member is null ? parameters : default;
    }

    public static ContentValue None => default;

    public string? Member { get; }

    public string? Bare { get; }

    public ImmutableArray<object> Dependencies => _dependencies.IsDefault ? ImmutableArray<object>.Empty : _dependencies;

    public ImmutableArray<object> Parameters => _parameters.IsDefault ? ImmutableArray<object>.Empty : _parameters;

    public bool IsContent => Member is not null;

    public bool IsNone => Member is null && Bare is null && Dependencies.IsEmpty && Parameters.IsEmpty;

    public static ContentValue Of(string member) => new(member, null, default, default);

    public static ContentValue BareOf(string name) => new(null, name, default, default);

    public static ContentValue DependsOn(object node) => new(null, null, ImmutableArray.Create(node), default);

    /// <summary>A value received from callers: a method's parameter (<see cref="IParameterSymbol"/>) or a view's <see cref="ViewModelSlot"/>.</summary>
    public static ContentValue FromParameter(object parameter) => new(null, null, default, ImmutableArray.Create(parameter));

    /// <summary>
    /// The least upper bound: content if either is (named after the left one first), bare if either is, and the union
    /// of dependencies and parameters. Commutative, associative and idempotent up to which name is kept.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public ContentValue Join(ContentValue other)
    {
        if (other.IsNone)
        {
            return this;
        }

        if (IsNone)
        {
            return other;
        }

        var member = Member ?? other.Member;
        return member is not null
            ? new ContentValue(member, Bare ?? other.Bare, default, default)
            : new ContentValue(null, Bare ?? other.Bare, Union(Dependencies, other.Dependencies, FlowNodeComparer.Instance), Union(Parameters, other.Parameters, FlowNodeComparer.Instance));
    }

    /// <summary>The value without its bare part: what an unrelated method makes of an <c>Answer</c> passed to it.</summary>
    public ContentValue WithoutBare() => Bare is null ? this : new ContentValue(Member, null, Dependencies, Parameters);

    /// <summary>The value turned into text (formatted, <c>ToString()</c>): a bare marked value becomes content.</summary>
    public ContentValue AsText() => Member is null && Bare is not null ? new ContentValue(Bare, Bare, default, default) : this;

    public override string ToString()
        => IsNone ? "None" : $"Member={Member}, Bare={Bare}, Dependencies={Dependencies.Length}, Parameters={Parameters.Length}";

    [MethodImpl(HotPath.Optimized)]
    private static ImmutableArray<T> Union<T>(ImmutableArray<T> left, ImmutableArray<T> right, System.Collections.Generic.IEqualityComparer<T> comparer)
    {
        if (right.IsEmpty)
        {
            return left;
        }

        if (left.IsEmpty)
        {
            return right;
        }

        var builder = ImmutableArray.CreateBuilder<T>(left.Length + right.Length);
        builder.AddRange(left);
        foreach (var item in right)
        {
            var present = false;
            foreach (var existing in left)
            {
                if (comparer.Equals(existing, item))
                {
                    present = true;
                    break;
                }
            }

            if (!present)
            {
                builder.Add(item);
            }
        }

        return builder.Count == left.Length ? left : builder.ToImmutable();
    }
}
