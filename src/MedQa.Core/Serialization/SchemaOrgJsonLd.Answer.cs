using System.Collections.Immutable;
using System.Text.Json;

namespace MedQa.Serialization;

// The Answer nodes: text, dates, votes, author, citations and the "N doctors agree" count.
public static partial class SchemaOrgJsonLd
{
    /// <summary>The answers whose asker's mark is <paramref name="helpedAsker"/>, under <paramref name="property"/>; nothing when there are none.</summary>
    private static void WriteAnswers(Utf8JsonWriter w, string property, ImmutableArray<Answer> answers, bool helpedAsker, JsonLdOptions options)
    {
        var started = false;
        foreach (var answer in answers)
        {
            if (answer.HelpedAsker != helpedAsker)
            {
                continue;
            }

            if (!started)
            {
                w.WriteStartArray(property);
                started = true;
            }

            WriteAnswer(w, answer, options);
        }

        if (started)
        {
            w.WriteEndArray();
        }
    }

    private static void WriteAnswer(Utf8JsonWriter w, Answer answer, JsonLdOptions options)
    {
        w.WriteStartObject();
        w.WriteString("@type", "Answer");
        if (options.PageUrl is { } pageUrl)
        {
            // Answer ids are URL-safe, so the fragment needs no escaping.
            w.WriteString("url", $"{pageUrl.AbsoluteUri}#answer-{answer.Id}");
        }

        if (answer.Headline is not null)
        {
            w.WriteString("headline", answer.Headline);
        }

        w.WriteString("text", answer.Body);
        DateTime(w, "dateCreated", answer.PostedAt);
        DateTime(w, "datePublished", answer.PostedAt);
        DateTime(w, "dateModified", answer.LastEditedAt);
        w.WriteNumber("upvoteCount", answer.Votes.Up);
        w.WriteNumber("downvoteCount", answer.Votes.Down);
        if (answer.Author is { Name: not null } author)
        {
            w.WritePropertyName("author");
            WritePhysician(w, author, options);
        }

        WriteCitations(w, answer);
        if (!answer.Endorsements.IsEmpty)
        {
            // HealthTap's "N doctors agree": schema.org's AgreeAction is "expressing a consistency of opinion with the object".
            w.WriteStartObject("interactionStatistic");
            w.WriteString("@type", "InteractionCounter");
            w.WriteString("interactionType", "https://schema.org/AgreeAction");
            w.WriteNumber("userInteractionCount", answer.Endorsements.Length);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    // schema.org's citation (on CreativeWork, so on Answer): "a citation or reference to another creative work, such as
    // another publication, web page, scholarly article".
    private static void WriteCitations(Utf8JsonWriter w, Answer answer)
    {
        if (answer.References.IsEmpty)
        {
            return;
        }

        w.WriteStartArray("citation");
        foreach (var reference in answer.References)
        {
            w.WriteStartObject();
            w.WriteString("@type", "CreativeWork");
            w.WriteString("name", reference.Title);
            // AbsoluteUri: escaped and normalized, as a consumer resolves it.
            w.WriteString("url", reference.Url.AbsoluteUri);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
