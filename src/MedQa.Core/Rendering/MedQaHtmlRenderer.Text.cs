namespace MedQa.Rendering;

// The text-level pieces of the HTML markup (paragraphs, dates), apart from the thread's structure.
public sealed partial class MedQaHtmlRenderer
{
    private static void Paragraphs<TWriter>(TWriter w, string body)
        where TWriter : struct, IContentWriter
    {
        var reader = new ParagraphReader(body);
        while (reader.TryReadParagraph(out var paragraph))
        {
            w.Literal("<p>");
            var first = true;
            while (ParagraphReader.TryReadLine(ref paragraph, out var line))
            {
                if (!first)
                {
                    w.Literal("\n");
                }

                w.Text(line);
                first = false;
            }

            w.Literal("</p>");
        }
    }

    private static void Time<TWriter>(TWriter w, DateTimeOffset value)
        where TWriter : struct, IContentWriter
    {
        w.Literal("<time datetime=\"");
        ContentParts.MachineDateTime(w, value);
        w.Literal("\">");
        ContentParts.Date(w, value);
        w.Literal("</time>");
    }
}
