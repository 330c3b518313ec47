namespace MedQa.Rendering;

// The trust facts as text lines, the same words as the HTML renderer's (ContentParts).
public sealed partial class PlainTextRenderer
{
    /// <summary>"3 doctors agree", then "References" and one "- title &lt;url&gt;" line per reference.</summary>
    private static void WriteEndorsementsAndReferences<TWriter>(TWriter w, Answer answer)
        where TWriter : struct, IContentWriter
    {
        if (!answer.Endorsements.IsEmpty)
        {
            w.Literal("\n");
            ContentParts.EndorsementLine(w, answer.Endorsements.Length);
            w.Literal("\n");
        }

        if (answer.References.IsEmpty)
        {
            return;
        }

        w.Literal("\n" + ContentParts.ReferencesLabel + "\n");
        foreach (var reference in answer.References)
        {
            w.Literal("- ");
            w.Text(reference.Title);
            w.Literal(" <");
            w.Text(reference.Url.AbsoluteUri);
            w.Literal(">\n");
        }
    }

    /// <summary>"Edited 2024-05-03" and the disclosure line, after the posted date.</summary>
    private static void WriteEditedAndDisclosure<TWriter>(TWriter w, Answer answer)
        where TWriter : struct, IContentWriter
    {
        if (answer.LastEditedAt is { } editedAt)
        {
            w.Literal(ContentParts.EditedLabel + " ");
            ContentParts.Date(w, editedAt);
            w.Literal("\n");
        }

        if (answer.Disclosure is { } disclosure)
        {
            ContentParts.DisclosureLine(w, disclosure);
            w.Literal("\n");
        }
    }

    /// <summary>"Last reviewed by Amara Okafor, MD on 2025-06-01", each part when known.</summary>
    private void WriteReview<TWriter>(TWriter w, QaThread thread)
        where TWriter : struct, IContentWriter
    {
        var reviewer = ContentParts.HasDisplayLine(thread.ReviewedBy) ? thread.ReviewedBy : null;
        if (reviewer is null && thread.LastReviewed is null)
        {
            return;
        }

        w.Literal("\n");
        w.Text(Options.LastReviewedLabel);
        if (reviewer is not null)
        {
            w.Literal(" by ");
            ContentParts.DisplayLine(w, reviewer);
        }

        if (thread.LastReviewed is { } reviewed)
        {
            w.Literal(reviewer is null ? " " : " on ");
            ContentParts.Date(w, reviewed);
        }

        w.Literal("\n");
    }
}
