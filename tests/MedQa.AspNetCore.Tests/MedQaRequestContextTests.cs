using FsCheck.Xunit;
using MedQa.Samples;

namespace MedQa.AspNetCore.Tests;

public sealed class MedQaRequestContextTests
{
    [Fact]
    public void Record_SameDisclaimerTwice_KeepsOne()
    {
        var context = new MedQaRequestContext();

        context.Record(SeedThread.Build());
        context.Record(SeedThread.Build());

        Assert.Equal([MedicalDisclaimer.Standard], context.Disclaimers);
    }

    [Fact]
    public void Record_NewDisclaimer_RaisesChangedOnce()
    {
        var context = new MedQaRequestContext();
        var raised = 0;
        context.Changed += (_, _) => raised++;

        context.Record(UkThread.Build());
        context.Record(UkThread.Build());

        Assert.Equal(1, raised);
    }

    [Fact]
    public void Release_LastUse_RemovesTheDisclaimer()
    {
        var context = new MedQaRequestContext();
        var uk = UkThread.Build();
        context.Record(uk);
        context.Record(uk);

        context.Release(uk);
        Assert.Single(context.Disclaimers);
        context.Release(uk);

        Assert.Empty(context.Disclaimers);
    }

    [Fact]
    public void Record_MoreThanTheMaximumOfDisclaimers_ThrowsNamingTheLimit()
    {
        var context = new MedQaRequestContext();
        var regions = EmergencyNumber.Known.Keys.Order(StringComparer.Ordinal).ToArray();
        var distinct = regions.Select(region => MedicalDisclaimer.ForRegion(region)).Distinct().Take(MedQaRequestContext.MaxDisclaimers + 1).ToArray();
        Assert.Equal(MedQaRequestContext.MaxDisclaimers + 1, distinct.Length);
        foreach (var disclaimer in distinct[..^1])
        {
            context.Record(ThreadWith(disclaimer));
        }

        var exception = Assert.Throws<InvalidOperationException>(() => context.Record(ThreadWith(distinct[^1])));

        Assert.Contains(MedQaRequestContext.MaxDisclaimers.ToString(System.Globalization.CultureInfo.InvariantCulture), exception.Message, StringComparison.Ordinal);
        Assert.Equal(MedQaRequestContext.MaxDisclaimers, context.Disclaimers.Count);
    }

    [Fact]
    public void Record_Null_ThrowsNamingThread()
        => Assert.Equal("thread", Assert.Throws<ArgumentNullException>(() => new MedQaRequestContext().Record(null!)).ParamName);

    [Property]
    public bool Disclaimers_AnyRecordSequence_AreTheDistinctOnesInFirstSeenOrder(bool[] ukOrUs)
    {
        var context = new MedQaRequestContext();
        var threads = ukOrUs.Take(20).Select(uk => uk ? UkThread.Build() : SeedThread.Build()).ToArray();
        foreach (var thread in threads)
        {
            context.Record(thread);
        }

        return context.Disclaimers.SequenceEqual(threads.Select(thread => thread.Disclaimer).Distinct());
    }

    private static QaThread ThreadWith(MedicalDisclaimer disclaimer)
        => new(new Question("q", "A question"), [new Answer("a", "An answer.")], disclaimer);
}
