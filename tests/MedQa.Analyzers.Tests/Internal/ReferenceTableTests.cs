using FsCheck;
using FsCheck.Xunit;
using MedQa.Analyzers.Internal;

namespace MedQa.Analyzers.Tests.Internal;

/// <summary>The by-reference table answers as a dictionary by reference does, through growth and replacement.</summary>
public sealed class ReferenceTableTests
{
    [Property(MaxTest = 300)]
    public bool SetAndTryGetValue_AnySequence_AnswerAsADictionaryByReference(NonEmptyArray<(byte Key, bool Equal, bool Set, int Value)> steps)
    {
        // Up to 256 keys, each also as a second object equal to it: found only as the object that was set. The table
        // starts at 2 slots, so that a sequence grows it several times.
        var keys = Enumerable.Range(0, 256).Select(i => new string((char)('a' + (i % 26)), 1 + (i / 26))).ToArray();
        var twins = keys.Select(key => new string(key.ToCharArray())).ToArray();
        var table = new ReferenceTable(initialCapacity: 2);
        var expected = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        foreach (var (key, equal, set, value) in steps.Get)
        {
            var probe = equal ? twins[key] : keys[key];
            if (set)
            {
                table.Set(probe, value);
                expected[probe] = value;
            }

            var found = table.TryGetValue(probe, out var actual);
            if (found != expected.TryGetValue(probe, out var wanted) || (found && actual != wanted))
            {
                return false;
            }
        }

        return table.Count == expected.Count && expected.All(pair => table.TryGetValue(pair.Key, out var value) && value == pair.Value);
    }

    [Fact]
    public void TryGetValue_Empty_FindsNothing()
    {
        Assert.False(new ReferenceTable().TryGetValue("a", out var value));
        Assert.Equal(0, value);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-4)]
    [InlineData(3)]
    [InlineData(1000)]
    public void Constructor_CapacityNotAPowerOfTwo_Throws(int capacity)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new ReferenceTable(capacity));
        Assert.Equal("initialCapacity", exception.ParamName);
    }

    [Fact]
    public void Set_ThousandsOfKeys_KeepsEveryOne()
    {
        var table = new ReferenceTable();
        var keys = Enumerable.Range(0, 5_000).Select(_ => new object()).ToArray();
        for (var i = 0; i < keys.Length; i++)
        {
            table.Set(keys[i], i);
        }

        Assert.Equal(keys.Length, table.Count);
        Assert.All(Enumerable.Range(0, keys.Length), i => Assert.True(table.TryGetValue(keys[i], out var value) && value == i));
        Assert.False(table.TryGetValue(new object(), out _));
    }
}
