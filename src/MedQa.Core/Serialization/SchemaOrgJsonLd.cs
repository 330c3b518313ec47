using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace MedQa.Serialization;

/// <summary>
/// schema.org structured data for a thread's page, as JSON-LD: a <c>QAPage</c> that is also a <c>MedicalWebPage</c>,
/// whose <c>mainEntity</c> is the <c>Question</c> with its published answers as <c>suggestedAnswer</c>s (and, for
/// those the asker marked "this helped", <c>acceptedAnswer</c>s).
/// </summary>
/// <remarks>
/// <para>
/// Only schema.org types and properties valid on the node that uses them are written (schema.org 30.0). A named
/// physician author is one node typed <c>["Person", "IndividualPhysician"]</c>: <c>name</c> holds the name alone,
/// credentials go to <c>honorificSuffix</c>, the specialty to <c>jobTitle</c>, board certifications to
/// <c>hasCredential</c> (and, for ABMS member boards, <c>medicalSpecialty</c>), the rating to
/// <c>aggregateRating</c> (when it has reviews), the NPI to <c>usNPI</c>, the profile page to <c>url</c>
/// (<see cref="Physician.ProfileUrl"/>, else <see cref="JsonLdOptions.PhysicianProfileBaseUrl"/> joined with the id);
/// that page's own markup is <see cref="GenerateProfilePage"/>'s <c>ProfilePage</c>. An author shown without a name gets no
/// <c>author</c> node. A thread without published answers is a plain <c>MedicalWebPage</c>, since Google's QAPage
/// requires one.
/// </para>
/// <para>
/// Only published answers are emitted and counted (<c>answerCount</c>). The page carries the thread's
/// <c>reviewedBy</c> (the same physician node, when the reviewer is named) and <c>lastReviewed</c> (a date); each
/// answer its <c>datePublished</c> and <c>dateModified</c> (date and time with the offset), its references as
/// <c>citation</c>s (<c>CreativeWork</c> with <c>name</c> and <c>url</c>) and its endorsements as an
/// <c>interactionStatistic</c> counting <c>AgreeAction</c>s. A conflict-of-interest disclosure is not emitted:
/// schema.org has no property for one (<c>funder</c> and <c>sponsor</c> name who paid for a work, not the author's
/// interests; <c>publishingPrinciples</c> and <c>ethicsPolicy</c> are the publisher's policies), so the page shows it
/// and the markup does not pretend to.
/// </para>
/// <para>
/// The JSON is safe inside <c>&lt;script type="application/ld+json"&gt;</c>: every <c>&lt;</c> (and <c>&gt;</c>,
/// <c>&amp;</c>, quotes) in the data is escaped as <c>\u003C</c>…, so neither <c>&lt;/script</c> nor <c>&lt;!--</c>
/// can appear. All members are thread-safe.
/// </para>
/// </remarks>
public static partial class SchemaOrgJsonLd
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
        if (thread.ReviewedBy is { Name: not null } reviewer)
        {
            // schema.org's reviewedBy takes a Person (or Organization): the same node as an answer's author.
            w.WritePropertyName("reviewedBy");
            WritePhysician(w, reviewer, options);
        }

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
        // acceptedAnswer is a subproperty of suggestedAnswer: each answer is listed under one of them, never both.
        WriteAnswers(w, "acceptedAnswer", answers, helpedAsker: true, options);
        WriteAnswers(w, "suggestedAnswer", answers, helpedAsker: false, options);

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
