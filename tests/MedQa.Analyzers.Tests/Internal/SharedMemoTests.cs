using MedQa.Analyzers.Internal;

namespace MedQa.Analyzers.Tests.Internal;

/// <summary>
/// The per-compilation memo is shared by threads: an answer computed or set on one is found on another, each key's
/// answer is computed once however many threads ask, and a key is found by reference or, as another object, by the
/// memo's comparer.
/// </summary>
public sealed class SharedMemoTests
{
    [Fact]
    public void Set_SameThread_IsFound()
    {
        var memo = new SharedMemo<string>(StringComparer.Ordinal);
        memo.Set("a", 1);

        Assert.True(memo.TryGetValue("a", out var value));
        Assert.Equal(1, value);
    }

    [Fact]
    public void Set_OtherThread_IsFoundHere()
    {
        var memo = new SharedMemo<string>(StringComparer.Ordinal);
        memo.Set("a", 1);

        var seenElsewhere = 0;
        var thread = new Thread(() =>
        {
            memo.TryGetValue("a", out seenElsewhere);
            memo.Set("b", 2);
        });
        thread.Start();
        thread.Join();

        Assert.Equal(1, seenElsewhere);
        Assert.True(memo.TryGetValue("b", out var b));
        Assert.Equal(2, b);
        Assert.False(memo.TryGetValue("c", out _));
    }

    [Fact]
    public void TryGetValue_EqualKeyInAnotherObject_UsesTheComparer()
    {
        var memo = new SharedMemo<string>(StringComparer.OrdinalIgnoreCase);
        memo.Set("Body", 1);

        Assert.True(memo.TryGetValue(new string("BODY".ToCharArray()), out var value));
        Assert.Equal(1, value);
        Assert.False(memo.TryGetValue("Headline", out _));
    }

    [Fact]
    public void Set_AgainForTheSameKey_ReplacesTheAnswer()
    {
        var memo = new SharedMemo<string>(StringComparer.Ordinal);
        memo.Set("a", 1);
        memo.Set("a", 3);

        Assert.True(memo.TryGetValue("a", out var value));
        Assert.Equal(3, value);
    }

    [Fact]
    public void Get_SameKeyOnTwoThreads_ComputesOnce()
    {
        var computed = 0;
        var memo = new SharedMemo<string>(StringComparer.Ordinal, key => ++computed + key.Length);

        Assert.Equal(1 + 4, memo.Get("Body"));
        Assert.Equal(1 + 4, memo.Get("Body"));

        var elsewhere = 0;
        var thread = new Thread(() => elsewhere = memo.Get("Body"));
        thread.Start();
        thread.Join();

        Assert.Equal(1 + 4, elsewhere);
        Assert.Equal(1, computed);
    }

    [Fact]
    public void Get_ManyThreadsAtOnce_AllReturnTheFirstStoredAnswer()
    {
        // A compute that answers differently on each call: if two threads computed a key at once, each would still
        // return the one answer stored first, never its own.
        var computed = 0;
        var memo = new SharedMemo<string>(StringComparer.Ordinal, _ => Interlocked.Increment(ref computed));
        var keys = Enumerable.Range(0, 200).Select(i => "key" + i).ToArray();
        var answers = new int[8][];
        using var start = new Barrier(answers.Length);
        var threads = Enumerable.Range(0, answers.Length).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            answers[t] = keys.Select(key => memo.Get(new string(key.ToCharArray()))).ToArray();
        })).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());

        foreach (var answer in answers)
        {
            Assert.Equal(answers[0], answer);
        }

        Assert.Equal(keys.Length, answers[0].Distinct().Count());
        Assert.InRange(computed, keys.Length, keys.Length * answers.Length);
    }

    [Fact]
    public void Get_EqualKeysInTwoObjects_ComputesOnce()
    {
        var computed = 0;
        var memo = new SharedMemo<string>(StringComparer.Ordinal, key => ++computed);
        var first = new string("Body".ToCharArray());
        var second = new string("Body".ToCharArray());

        Assert.NotSame(first, second);
        Assert.Equal(1, memo.Get(first));
        Assert.Equal(1, memo.Get(second));
        Assert.Equal(1, computed);
    }

    [Fact]
    public void ForOneUser_SharesTheAnswers_BothWays()
    {
        var computed = 0;
        var memo = new SharedMemo<string>(StringComparer.Ordinal, key => ++computed * 10 + key.Length);
        var view = memo.ForOneUser();
        var other = memo.ForOneUser();

        Assert.Equal(14, view.Get("Body"));   // computed through a view
        Assert.Equal(14, memo.Get("Body"));   // found by the memo it views
        Assert.Equal(14, other.Get("Body"));  // and by another view of it
        Assert.Equal(28, memo.Get("Headline"));
        Assert.Equal(28, view.Get("Headline"));
        Assert.Equal(2, computed);

        other.Set("Title", 7);
        Assert.True(view.TryGetValue("Title", out var title));
        Assert.Equal(7, title);
        Assert.True(memo.TryGetValue(new string("Title".ToCharArray()), out title));
        Assert.Equal(7, title);
        Assert.False(view.TryGetValue("Summary", out _));
    }

    [Fact]
    public void Get_NoComputeFunction_Throws()
    {
        var memo = new SharedMemo<string>(StringComparer.Ordinal);

        Assert.Throws<InvalidOperationException>(() => memo.Get("Body"));
    }
}
