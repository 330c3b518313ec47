using MedQa.Analyzers.Internal;

namespace MedQa.Analyzers.Tests.Internal;

/// <summary>
/// The per-compilation memo is per thread: no thread sees another's answers, each keeps its own; a key is found by
/// reference or, as another object, by the cache's comparer.
/// </summary>
public sealed class PerThreadCacheTests
{
    [Fact]
    public void Set_SameThread_IsFound()
    {
        var cache = new PerThreadCache<string>(StringComparer.Ordinal);
        cache.Set("a", 1);

        Assert.True(cache.TryGetValue("a", out var value));
        Assert.Equal(1, value);
    }

    [Fact]
    public void Set_OtherThread_HasItsOwnAnswers()
    {
        var cache = new PerThreadCache<string>(StringComparer.Ordinal);
        cache.Set("a", 1);

        var seenElsewhere = true;
        var thread = new Thread(() =>
        {
            seenElsewhere = cache.TryGetValue("a", out _);
            cache.Set("b", 2);
        });
        thread.Start();
        thread.Join();

        Assert.False(seenElsewhere);
        Assert.False(cache.TryGetValue("b", out _));
    }

    [Fact]
    public void TryGetValue_EqualKeyInAnotherObject_UsesTheComparer()
    {
        var cache = new PerThreadCache<string>(StringComparer.OrdinalIgnoreCase);
        cache.Set("Body", 1);

        Assert.True(cache.TryGetValue(new string("BODY".ToCharArray()), out var value));
        Assert.Equal(1, value);
        Assert.False(cache.TryGetValue("Headline", out _));
    }

    [Fact]
    public void Set_AgainForTheSameKey_ReplacesTheAnswer()
    {
        var cache = new PerThreadCache<string>(StringComparer.Ordinal);
        cache.Set("a", 1);
        cache.Set("a", 3);

        Assert.True(cache.TryGetValue("a", out var value));
        Assert.Equal(3, value);
    }

    [Fact]
    public void Get_SameKeyTwice_ComputesOncePerThread()
    {
        var computed = 0;
        var cache = new PerThreadCache<string>(StringComparer.Ordinal, key => ++computed + key.Length);

        Assert.Equal(1 + 4, cache.Get("Body"));
        Assert.Equal(1 + 4, cache.Get("Body"));
        Assert.Equal(1, computed);

        var elsewhere = 0;
        var thread = new Thread(() => elsewhere = cache.Get("Body"));
        thread.Start();
        thread.Join();

        Assert.Equal(2 + 4, elsewhere);
        Assert.Equal(2, computed);
    }

    [Fact]
    public void Get_EqualKeysInTwoObjects_ComputesOnce()
    {
        var computed = 0;
        var cache = new PerThreadCache<string>(StringComparer.Ordinal, key => ++computed);
        var first = new string("Body".ToCharArray());
        var second = new string("Body".ToCharArray());

        Assert.NotSame(first, second);
        Assert.Equal(1, cache.Get(first));
        Assert.Equal(1, cache.Get(second));
        Assert.Equal(1, computed);
    }

    [Fact]
    public void Get_NoComputeFunction_Throws()
    {
        var cache = new PerThreadCache<string>(StringComparer.Ordinal);

        Assert.Throws<InvalidOperationException>(() => cache.Get("Body"));
    }
}
