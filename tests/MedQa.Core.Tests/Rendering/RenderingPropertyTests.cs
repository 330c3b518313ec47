using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedQa.Rendering;

namespace MedQa.Tests.Rendering;

/// <summary>The allocation-free internals agree with the model's own definitions, for any input.</summary>
public class RenderingPropertyTests
{
    [Property(Arbitrary = [typeof(Arbitraries)])]
    public bool ParagraphReader_AnyText_SplitsLikeAnswerParagraphs(string body)
    {
        var expected = new Answer("a", body).Paragraphs;
        var actual = new List<string>();
        var reader = new ParagraphReader(body);
        while (reader.TryReadParagraph(out var paragraph))
        {
            var lines = new List<string>();
            while (ParagraphReader.TryReadLine(ref paragraph, out var line))
            {
                lines.Add(line.ToString());
            }

            actual.Add(string.Join('\n', lines));
        }

        return expected.SequenceEqual(actual);
    }

    [Property(Arbitrary = [typeof(ModelArbitraries)])]
    public bool RankedIndices_AnyAnswers_OrderLikeAnswerRanking(Answer[] answers, AnswerOrder order)
    {
        var array = answers.ToImmutableArray();
        using var ranked = new RankedIndices(array, order, 0.9, new long[array.Length], new int[array.Length]);

        return AnswerRanking.Order(array, order, 0.9).SequenceEqual(ranked.Indices.ToArray().Select(index => array[index]));
    }

    /// <summary>Issue 12: unpublished answers are skipped in place, and the published keep RankedAnswers' order (ties in the site's order).</summary>
    [Property(Arbitrary = [typeof(ModelArbitraries)])]
    public bool RankedIndices_AnswersInEveryState_OrderLikeRankedAnswers(Answer[] answers, AnswerOrder order)
    {
        AnswerStatus[] states = [AnswerStatus.Published, AnswerStatus.PendingReview, AnswerStatus.Published, AnswerStatus.Draft, AnswerStatus.Removed];
        var mixed = answers.Select((answer, i) => states[i % states.Length] switch
        {
            AnswerStatus.Published => answer,
            var status => new Answer(answer.Id, answer.Body, answer.Headline, answer.Author, answer.PostedAt, answer.Votes, status: status),
        }).ToImmutableArray();
        var thread = new QaThread(new Question("q", "Title"), mixed, MedicalDisclaimer.Standard);
        using var ranked = new RankedIndices(mixed, order, 0.9, new long[mixed.Length], new int[mixed.Length]);

        return thread.RankedAnswers(order, 0.9).SequenceEqual(ranked.Indices.ToArray().Select(index => mixed[index]));
    }

    /// <summary>Blank lines in a body add paragraphs; apart from those, text changes no tag.</summary>
    [Property(Arbitrary = [typeof(Arbitraries)])]
    public bool Render_AnyTextInEveryField_ChangesNoTagButParagraphs(string text)
    {
        var hostile = RenderFixtures.Thread(field => field + text);

        return TagsButParagraphs(MedQaHtmlRenderer.Default.Render(RenderFixtures.Benign()))
            .SequenceEqual(TagsButParagraphs(MedQaHtmlRenderer.Default.Render(hostile)));

        static IEnumerable<string> TagsButParagraphs(string html) => RenderFixtures.Tags(html).Where(tag => tag is not ("<p>" or "</p>"));
    }

    public static class Arbitraries
    {
        /// <summary>Non-blank text from the characters paragraphs, markup and encoders care about.</summary>
        public static Arbitrary<string> Text() =>
            Gen.Elements("a", "b", " ", "\t", "\n", "\r", "\r\n", "\f", "\u0085", "\u2028", "\u2029", "\u00a0", "<", ">", "&", "\"", "'", "/", "=", "😀", "é", "\u000b")
                .ListOf()
                .Select(parts => "x" + string.Concat(parts) + "y")
                .ToArbitrary();
    }
}
