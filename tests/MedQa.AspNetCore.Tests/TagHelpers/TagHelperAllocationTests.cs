using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using MedQa.AspNetCore.TagHelpers;
using MedQa.Samples;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MedQa.AspNetCore.Tests.TagHelpers;

/// <summary>
/// Issue 11: the tag helpers write a thread into the page with no allocation beyond the output. Razor creates the tag
/// helper (one per use of the tag) and reuses the context and output, as here; what Process and the write allocate
/// is measured on this thread (a count of bytes, not a timing).
/// </summary>
public sealed class TagHelperAllocationTests
{
    private const int WarmUp = 50;
    private const int Renders = 200;

    [Fact]
    public void ThreadTagHelper_ProcessAndWrite_AllocatesNothing()
        => Assert.Equal(0, AllocatedByProcessAndWrite((harness, thread) => new MedQaThreadTagHelper { Thread = thread, ViewContext = harness.ViewContext }, "medqa-thread"));

    [Fact]
    public void AnswersTagHelper_ProcessAndWrite_AllocatesNothing()
        => Assert.Equal(0, AllocatedByProcessAndWrite((harness, thread) => new MedQaAnswersTagHelper { Thread = thread, ViewContext = harness.ViewContext }, "medqa-answers"));

    private static long AllocatedByProcessAndWrite(Func<TagHelperHarness, QaThread, TagHelper> create, string tag)
    {
        using var harness = new TagHelperHarness();
        var items = new Dictionary<object, object>();
        var context = new TagHelperContext(tag, [], items, "id");
        var output = new TagHelperOutput(tag, [], static (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
        var writer = new StringWriter(new StringBuilder(64 * 1024), CultureInfo.InvariantCulture);
        var thread = SeedThread.Build();
        var helpers = new TagHelper[WarmUp + Renders];
        for (var i = 0; i < helpers.Length; i++)
        {
            helpers[i] = create(harness, thread); // one thread: the request context records its disclaimer once
        }

        void Render(TagHelper helper)
        {
            writer.GetStringBuilder().Clear();
            context.Reinitialize(items, "id");
            output.Reinitialize(tag, TagMode.StartTagAndEndTag);
            helper.Process(context, output);
            output.WriteTo(writer, HtmlEncoder.Default);
        }

        // Warm-up: one-time allocations (the output's content buffer, lazy statics, the first calls' JIT stubs).
        for (var i = 0; i < WarmUp; i++)
        {
            Render(helpers[i]);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = WarmUp; i < helpers.Length; i++)
        {
            Render(helpers[i]);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(writer.GetStringBuilder().Length > 1000, "Nothing was written.");
        return allocated;
    }
}
