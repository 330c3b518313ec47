namespace MedQa;

/// <summary>Splits plain text into paragraphs at blank lines, the one structure renderers keep from input text.</summary>
internal static class TextParagraphs
{
    internal static IReadOnlyList<string> Split(string text)
    {
        var paragraphs = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var rawLine in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = rawLine.TrimEnd();
            if (line.Trim().Length == 0)
            {
                Flush();
                continue;
            }

            if (current.Length > 0)
            {
                current.Append('\n');
            }

            current.Append(line);
        }

        Flush();
        return paragraphs;

        void Flush()
        {
            if (current.Length > 0)
            {
                paragraphs.Add(current.ToString().Trim());
                current.Clear();
            }
        }
    }
}
