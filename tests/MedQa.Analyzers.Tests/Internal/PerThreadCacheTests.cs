using MedQa.Analyzers.Internal;

namespace MedQa.Analyzers.Tests.Internal;

/// <summary>The per-compilation memo is per thread: no thread sees another's answers, each keeps its own.</summary>
public sealed class PerThreadCacheTests
{
    [Fact]
    public void ForThisThread_SameThread_IsTheSameMap()
    {
        var cache = new PerThreadCache<string, int>(StringComparer.Ordinal);
        cache.ForThisThread["a"] = 1;

        Assert.Same(cache.ForThisThread, cache.ForThisThread);
        Assert.Equal(1, cache.ForThisThread["a"]);
    }

    [Fact]
    public void ForThisThread_OtherThread_HasItsOwnMap()
    {
        var cache = new PerThreadCache<string, int>(StringComparer.Ordinal);
        cache.ForThisThread["a"] = 1;

        var seenElsewhere = -1;
        var thread = new Thread(() =>
        {
            seenElsewhere = cache.ForThisThread.Count;
            cache.ForThisThread["b"] = 2;
        });
        thread.Start();
        thread.Join();

        Assert.Equal(0, seenElsewhere);
        Assert.False(cache.ForThisThread.ContainsKey("b"));
    }

    [Fact]
    public void ForThisThread_UsesTheComparer()
    {
        var cache = new PerThreadCache<string, int>(StringComparer.OrdinalIgnoreCase);
        cache.ForThisThread["Body"] = 1;

        Assert.True(cache.ForThisThread.ContainsKey("BODY"));
    }

    [Fact]
    public void Get_SameKeyTwice_ComputesOncePerThread()
    {
        var computed = 0;
        var cache = new PerThreadCache<string, int>(StringComparer.Ordinal, key => ++computed + key.Length);

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
    public void Get_NoComputeFunction_Throws()
    {
        var cache = new PerThreadCache<string, int>(StringComparer.Ordinal);

        Assert.Throws<InvalidOperationException>(() => cache.Get("Body"));
    }
}
