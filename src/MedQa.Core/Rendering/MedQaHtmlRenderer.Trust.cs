namespace MedQa.Rendering;

// The facts readers judge an answer and a page by (JAMA's benchmarks: attribution, disclosure, currency; HealthTap's
// "N doctors agree"), apart from the thread's structure.
public sealed partial class MedQaHtmlRenderer
{
    /// <summary>"3 doctors agree": distinct physicians, never the author (the model guarantees both).</summary>
    private static void WriteEndorsements<TWriter>(TWriter w, Answer answer)
        where TWriter : struct, IContentWriter
    {
        if (!answer.Endorsements.IsEmpty)
        {
            w.Literal("<p class=\"medqa-endorsements\">");
            ContentParts.EndorsementLine(w, answer.Endorsements.Length);
            w.Literal("</p>\n");
        }
    }

    /// <summary>The references as a list of links, labelled by its "References" line (its id is <c>medqa-references-{answer id}</c>).</summary>
    private static void WriteReferences<TWriter>(TWriter w, Answer answer)
        where TWriter : struct, IContentWriter
    {
        if (answer.References.IsEmpty)
        {
            return;
        }

        w.Literal("<div class=\"medqa-references\">\n<p class=\"medqa-references-title\" id=\"medqa-references-");
        w.Text(answer.Id);
        w.Literal("\">" + ContentParts.ReferencesLabel + "</p>\n<ul class=\"medqa-reference-list\" aria-labelledby=\"medqa-references-");
        w.Text(answer.Id);
        w.Literal("\">\n");
        foreach (var reference in answer.References)
        {
            // The one URL taken from data: absolute http(s) by construction (Reference), escaped (AbsoluteUri) and
            // attribute-encoded. nofollow: the site does not vouch for it; noopener: the target cannot script this page.
            w.Literal("<li><a class=\"medqa-reference\" href=\"");
            w.Text(reference.Url.AbsoluteUri);
            w.Literal("\" rel=\"nofollow noopener\">");
            w.Text(reference.Title);
            // The site it leads to, beside the link: readers judge a source by it (JAMA's attribution), and text on the
            // link's line makes it an inline target (WCAG 2.2's 2.5.8 exception), however the host styles the list.
            w.Literal("</a> <span class=\"medqa-reference-site\">(");
            w.Text(ContentParts.Host(reference.Url.AbsoluteUri));
            w.Literal(")</span></li>\n");
        }

        w.Literal("</ul>\n</div>\n");
    }

    /// <summary>The footer's dates after the author: posted, then "Edited …" when it was.</summary>
    private static void WriteAnswerDates<TWriter>(TWriter w, Answer answer)
        where TWriter : struct, IContentWriter
    {
        if (answer.PostedAt is { } postedAt)
        {
            w.Literal("<p class=\"medqa-answer-date\">");
            Time(w, postedAt);
            w.Literal("</p>\n");
        }

        if (answer.LastEditedAt is { } editedAt)
        {
            w.Literal("<p class=\"medqa-answer-edited\">" + ContentParts.EditedLabel + " ");
            Time(w, editedAt);
            w.Literal("</p>\n");
        }
    }

    /// <summary>"No conflicts of interest declared", or "Disclosure: " and the statement; nothing when none was stated.</summary>
    private static void WriteDisclosure<TWriter>(TWriter w, Answer answer)
        where TWriter : struct, IContentWriter
    {
        if (answer.Disclosure is { } disclosure)
        {
            w.Literal(disclosure.HasConflict ? "<p class=\"medqa-disclosure medqa-disclosure-conflict\">" : "<p class=\"medqa-disclosure\">");
            ContentParts.DisclosureLine(w, disclosure);
            w.Literal("</p>\n");
        }
    }

    /// <summary>"Last reviewed by Amara Okafor, MD on 2025-06-01", each part when known; nothing when neither is.</summary>
    private void WriteReview<TWriter>(TWriter w, QaThread thread)
        where TWriter : struct, IContentWriter
    {
        var reviewer = ContentParts.HasDisplayLine(thread.ReviewedBy) ? thread.ReviewedBy : null;
        if (reviewer is null && thread.LastReviewed is null)
        {
            return;
        }

        w.Literal("<p class=\"medqa-last-reviewed\">");
        w.Text(Options.LastReviewedLabel);
        if (reviewer is not null)
        {
            w.Literal(" by <span class=\"medqa-reviewer\">");
            ContentParts.DisplayLine(w, reviewer);
            w.Literal("</span>");
        }

        if (thread.LastReviewed is { } reviewed)
        {
            w.Literal(reviewer is null ? " <time datetime=\"" : " on <time datetime=\"");
            ContentParts.Date(w, reviewed);
            w.Literal("\">");
            ContentParts.Date(w, reviewed);
            w.Literal("</time>");
        }

        w.Literal("</p>\n");
    }
}
