using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace MedQa.Serialization;

/// <summary>
/// schema.org structured data for a thread's page, as JSON-LD: a <c>QAPage</c> that is also a <c>MedicalWebPage</c>,
/// whose <c>mainEntity</c> is the <c>Question</c> with its answers as <c>suggestedAnswer</c>s.
/// </summary>
/// <remarks>
/// <para>
/// Only schema.org types and properties valid on the node that uses them are written (schema.org 30.0). A named
/// physician author is one node typed <c>["Person", "IndividualPhysician"]</c>: <c>name</c> holds the name alone,
/// credentials go to <c>honorificSuffix</c>, the specialty to <c>jobTitle</c>, board certifications to
/// <c>hasCredential</c> (and, for ABMS member boards, <c>medicalSpecialty</c>), the rating to
/// <c>aggregateRating</c> (when it has reviews), the NPI to <c>usNPI</c>. An author shown without a name gets no
/// <c>author</c> node. A thread without answers is a plain <c>MedicalWebPage</c>, since Google's QAPage requires one.
/// </para>
/// <para>
/// The JSON is safe inside <c>&lt;script type="application/ld+json"&gt;</c>: every <c>&lt;</c> (and <c>&gt;</c>,
/// <c>&amp;</c>, quotes) in the data is escaped as <c>\u003C</c>…, so neither <c>&lt;/script</c> nor <c>&lt;!--</c>
/// can appear. All members are thread-safe.
/// </para>
/// </remarks>
public static class SchemaOrgJsonLd
{
    /// <summary>The media type of the script element that carries JSON-LD.</summary>
    public const string MediaType = "application/ld+json";

    // JavaScriptEncoder always escapes the HTML-sensitive characters (<, >, &, ', ") whatever ranges it allows.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>Returns the thread's JSON-LD.</summary>
    /// <param name="thread">The thread.</param>
    /// <param name="options">The page's URL and dates; <see cref="JsonLdOptions.Default"/> when null.</param>
    /// <returns>The JSON-LD text, every <c>&lt;</c> escaped.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="thread"/> is null.</exception>
    [RequiresMedicalDisclaimer]
    public static string Generate(QaThread thread, JsonLdOptions? options = null)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        Write(thread, buffer, options);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the thread's JSON-LD as UTF-8.</summary>
    /// <param name="thread">The thread.</param>
    /// <param name="utf8">Where to write.</param>
    /// <param name="options">The page's URL and dates; <see cref="JsonLdOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="thread"/> or <paramref name="utf8"/> is null.</exception>
    [RequiresMedicalDisclaimer]
    public static void Write(QaThread thread, IBufferWriter<byte> utf8, JsonLdOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(utf8);
        options ??= JsonLdOptions.Default;
        using var writer = new Utf8JsonWriter(utf8, new JsonWriterOptions { Encoder = Encoder, Indented = options.Indented });
        WritePage(writer, thread, options);
    }

    /// <summary>Returns the whole <c>&lt;script type="application/ld+json"&gt;…&lt;/script&gt;</c> element, for a page's head.</summary>
    /// <param name="thread">The thread.</param>
    /// <param name="options">The page's URL and dates; <see cref="JsonLdOptions.Default"/> when null.</param>
    /// <returns>The <c>&lt;script type="application/ld+json"&gt;</c> element with the JSON-LD inside, ready for the page's head.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="thread"/> is null.</exception>
    [RequiresMedicalDisclaimer]
    public static string ScriptElement(QaThread thread, JsonLdOptions? options = null)
        => $"<script type=\"{MediaType}\">{Generate(thread, options)}</script>";

    private static void WritePage(Utf8JsonWriter w, QaThread thread, JsonLdOptions options)
    {
        var question = thread.Question;
        var answers = thread.PublishedAnswers; // only published answers are counted and emitted
        w.WriteStartObject();
        w.WriteString("@context", "https://schema.org");
        w.WritePropertyName("@type");
        w.WriteStartArray();
        if (!answers.IsEmpty)
        {
            w.WriteStringValue("QAPage");
        }

        w.WriteStringValue("MedicalWebPage");
        w.WriteEndArray();
        if (options.PageUrl is { } pageUrl)
        {
            w.WriteString("@id", pageUrl.AbsoluteUri);
            w.WriteString("url", pageUrl.AbsoluteUri);
        }

        w.WriteString("name", question.Title);
        DateTime(w, "datePublished", options.DatePublished);
        DateTime(w, "dateModified", options.DateModified);
        if (thread.LastReviewed is { } reviewed)
        {
            w.WriteString("lastReviewed", reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (question.Topic is not null)
        {
            w.WriteStartObject("about");
            w.WriteString("@type", "MedicalEntity");
            w.WriteString("name", question.Topic);
            w.WriteEndObject();
        }

        w.WriteStartObject("mainEntity");
        w.WriteString("@type", "Question");
        w.WriteString("name", question.Title);
        w.WriteString("text", question.Body ?? question.Title);
        w.WriteNumber("answerCount", answers.Length);
        DateTime(w, "dateCreated", question.AskedAt);
        DateTime(w, "datePublished", question.AskedAt);
        if (!answers.IsEmpty)
        {
            w.WriteStartArray("suggestedAnswer");
            foreach (var answer in answers)
            {
                WriteAnswer(w, answer, options);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteEndObject();
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
        w.WriteNumber("upvoteCount", answer.Votes.Up);
        w.WriteNumber("downvoteCount", answer.Votes.Down);
        if (answer.Author is { Name: not null } author)
        {
            w.WritePropertyName("author");
            WritePhysician(w, author, options);
        }

        w.WriteEndObject();
    }

    private static void WritePhysician(Utf8JsonWriter w, Physician physician, JsonLdOptions options)
    {
        w.WriteStartObject();
        w.WritePropertyName("@type");
        w.WriteStartArray();
        w.WriteStringValue("Person");
        w.WriteStringValue("IndividualPhysician");
        w.WriteEndArray();
        w.WriteString("name", physician.Name);
        if (!physician.Credentials.IsEmpty)
        {
            w.WriteString("honorificSuffix", string.Join(", ", physician.Credentials));
        }

        if (options.ProfileUrl(physician.Id) is { } profileUrl)
        {
            w.WriteString("url", profileUrl);
        }

        if (physician.Specialty is not null)
        {
            w.WriteString("jobTitle", physician.Specialty);
        }

        var specialties = physician.BoardCertifications.SelectMany(MedicalSpecialties.Of).Distinct().ToArray();
        if (specialties.Length > 0)
        {
            w.WriteStartArray("medicalSpecialty");
            foreach (var specialty in specialties)
            {
                w.WriteStringValue("https://schema.org/" + specialty);
            }

            w.WriteEndArray();
        }

        if (physician.City is not null || physician.Region is not null)
        {
            w.WriteStartObject("address");
            w.WriteString("@type", "PostalAddress");
            if (physician.City is not null)
            {
                w.WriteString("addressLocality", physician.City);
            }

            if (physician.Region is not null)
            {
                w.WriteString("addressRegion", physician.Region);
            }

            w.WriteEndObject();
        }

        if (physician.Npi is { } npi)
        {
            w.WriteString("usNPI", npi.Value);
        }

        if (!physician.BoardCertifications.IsEmpty)
        {
            w.WriteStartArray("hasCredential");
            foreach (var certification in physician.BoardCertifications)
            {
                WriteCertification(w, certification);
            }

            w.WriteEndArray();
        }

        if (physician.Rating is { ReviewCount: > 0 } rating)
        {
            w.WriteStartObject("aggregateRating");
            w.WriteString("@type", "AggregateRating");
            w.WriteNumber("ratingValue", rating.Value);
            w.WriteNumber("bestRating", rating.BestValue);
            w.WriteNumber("reviewCount", rating.ReviewCount);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteCertification(Utf8JsonWriter w, BoardCertification certification)
    {
        w.WriteStartObject();
        w.WriteString("@type", "EducationalOccupationalCredential");
        w.WriteString("credentialCategory", "Board certification");
        w.WriteString("name", certification.ToString());
        w.WriteStartObject("recognizedBy");
        w.WriteString("@type", "Organization");
        w.WriteString("name", certification.Board.Name);
        if (certification.Board.IsAbmsMember)
        {
            w.WriteStartObject("memberOf");
            w.WriteString("@type", "Organization");
            w.WriteString("name", "American Board of Medical Specialties");
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void DateTime(Utf8JsonWriter w, string property, DateTimeOffset? value)
    {
        if (value is { } known)
        {
            // ISO 8601 date and time with its offset, as Google asks for datePublished.
            w.WriteString(property, known.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'sszzz", CultureInfo.InvariantCulture));
        }
    }
}
