using System.Buffers;
using System.Text;
using System.Text.Json;

namespace MedQa.Serialization;

// A physician's profile page: the page that a Q&A author's "url" points at (Google recommends author.url on QAPage
// since 2023-12), marked up as a ProfilePage whose mainEntity is the physician's Person node.
public static partial class SchemaOrgJsonLd
{
    /// <summary>
    /// Returns the JSON-LD of a physician's profile page: a <c>ProfilePage</c> whose <c>mainEntity</c> is the physician
    /// as the answers' <c>author</c> node has them (<c>["Person", "IndividualPhysician"]</c>, with the same
    /// <c>url</c>).
    /// </summary>
    /// <param name="physician">The physician; they must have a name, since Google's ProfilePage requires the mainEntity's <c>name</c>.</param>
    /// <param name="options">
    /// The page's URL (<see cref="JsonLdOptions.PageUrl"/>; the physician's profile URL when unset) and dates
    /// (<see cref="JsonLdOptions.DatePublished"/> as <c>dateCreated</c>, <see cref="JsonLdOptions.DateModified"/> as
    /// <c>dateModified</c>); <see cref="JsonLdOptions.Default"/> when null.
    /// </param>
    /// <returns>The JSON-LD text, every <c>&lt;</c> escaped.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="physician"/> is null.</exception>
    /// <exception cref="ArgumentException">The physician has no name.</exception>
    public static string GenerateProfilePage(Physician physician, JsonLdOptions? options = null)
    {
        var buffer = new ArrayBufferWriter<byte>(2048);
        WriteProfilePage(physician, buffer, options);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the JSON-LD of a physician's profile page as UTF-8 (see <see cref="GenerateProfilePage"/>).</summary>
    /// <param name="physician">The physician; they must have a name.</param>
    /// <param name="utf8">Where to write.</param>
    /// <param name="options">The page's URL and dates; <see cref="JsonLdOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="physician"/> or <paramref name="utf8"/> is null.</exception>
    /// <exception cref="ArgumentException">The physician has no name.</exception>
    public static void WriteProfilePage(Physician physician, IBufferWriter<byte> utf8, JsonLdOptions? options = null)
    {
        Guard.NotNull(physician, "physician");
        Guard.NotNull(utf8, "UTF-8 writer");
        if (physician.Name is null)
        {
            throw Guard.Invalid(
                $"A profile page's physician must have a name (Google's ProfilePage requires the mainEntity's name); physician {Guard.Echo(physician.Id)} has none.",
                nameof(physician));
        }

        options ??= JsonLdOptions.Default;
        using var writer = new Utf8JsonWriter(utf8, new JsonWriterOptions { Encoder = Encoder, Indented = options.Indented });
        writer.WriteStartObject();
        writer.WriteString("@context", "https://schema.org");
        writer.WriteString("@type", "ProfilePage");
        if ((options.PageUrl?.AbsoluteUri ?? ProfileUrlOf(physician, options)) is { } pageUrl)
        {
            writer.WriteString("@id", pageUrl);
            writer.WriteString("url", pageUrl);
        }

        // Google's ProfilePage takes dateCreated and dateModified (not datePublished) for the profile's own dates.
        DateTime(writer, "dateCreated", options.DatePublished);
        DateTime(writer, "dateModified", options.DateModified);
        writer.WritePropertyName("mainEntity");
        WritePhysician(writer, physician, options);
        writer.WriteEndObject();
    }

    /// <summary>Returns the profile page's whole <c>&lt;script type="application/ld+json"&gt;…&lt;/script&gt;</c> element, for the page's head.</summary>
    /// <param name="physician">The physician; they must have a name.</param>
    /// <param name="options">The page's URL and dates; <see cref="JsonLdOptions.Default"/> when null.</param>
    /// <returns>The script element with the profile page's JSON-LD inside.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="physician"/> is null.</exception>
    /// <exception cref="ArgumentException">The physician has no name.</exception>
    public static string ProfilePageScriptElement(Physician physician, JsonLdOptions? options = null)
        => $"<script type=\"{MediaType}\">{GenerateProfilePage(physician, options)}</script>";
}
