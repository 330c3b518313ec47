using System.Globalization;

namespace MedQa.Rendering;

/// <summary>
/// The lines both renderers share: the seed page's physician lines, votes, the trust lines (agreement, disclosure,
/// references, edits, review), numbers and dates, written without allocating.
/// </summary>
internal static class ContentParts
{
    /// <summary>The line above an answer's references.</summary>
    internal const string ReferencesLabel = "References";

    /// <summary>The words before an answer's last-edit date.</summary>
    internal const string EditedLabel = "Edited";

    /// <summary>"1 doctor agrees", "3 doctors agree" (HealthTap's wording).</summary>
    internal static void EndorsementLine<TWriter>(TWriter writer, int count)
        where TWriter : struct, IContentWriter
    {
        Number(writer, count);
        writer.Literal(count == 1 ? " doctor agrees" : " doctors agree");
    }

    /// <summary>"No conflicts of interest declared", or "Disclosure: " and the author's statement.</summary>
    internal static void DisclosureLine<TWriter>(TWriter writer, Disclosure disclosure)
        where TWriter : struct, IContentWriter
    {
        if (disclosure.Statement is { } statement)
        {
            writer.Literal("Disclosure: ");
            writer.Text(statement);
        }
        else
        {
            writer.Literal("No conflicts of interest declared");
        }
    }

    /// <summary>The host (with its port, if any) of an absolute URL's text, without user information: "www.nhs.uk".</summary>
    internal static ReadOnlySpan<char> Host(ReadOnlySpan<char> absoluteUrl)
    {
        var start = absoluteUrl.IndexOf("://", StringComparison.Ordinal);
        var authority = start < 0 ? absoluteUrl : absoluteUrl[(start + 3)..];
        var end = authority.IndexOfAny('/', '?', '#');
        authority = end < 0 ? authority : authority[..end];
        return authority[(authority.LastIndexOf('@') + 1)..];
    }

    /// <summary>Whether <see cref="DisplayLine"/> has anything to show for the physician: a name, a city or a specialty.</summary>
    internal static bool HasDisplayLine([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] Physician? physician)
        => physician is not null && (physician.Name is not null || physician.City is not null || physician.Specialty is not null);

    /// <summary>How a page names a physician: the name line ("Amara Okafor, MD"), else the practice line ("Leeds Neurologist").</summary>
    internal static void DisplayLine<TWriter>(TWriter writer, Physician physician)
        where TWriter : struct, IContentWriter
    {
        if (physician.Name is not null)
        {
            NameLine(writer, physician);
        }
        else
        {
            PracticeLine(writer, physician);
        }
    }

    /// <summary>"Mitchel P. Goldman, MD": the same text as <see cref="Physician.DisplayName"/>.</summary>
    internal static void NameLine<TWriter>(TWriter writer, Physician physician)
        where TWriter : struct, IContentWriter
    {
        writer.Text(physician.Name);
        foreach (var credential in physician.Credentials)
        {
            writer.Literal(", ");
            writer.Text(credential.Abbreviation);
        }
    }

    /// <summary>"San Diego Dermatologic Surgeon": the same text as <see cref="Physician.PracticeLine"/>.</summary>
    internal static void PracticeLine<TWriter>(TWriter writer, Physician physician)
        where TWriter : struct, IContentWriter
    {
        writer.Text(physician.City);
        if (physician.City is not null && physician.Specialty is not null)
        {
            writer.Literal(" ");
        }

        writer.Text(physician.Specialty);
    }

    /// <summary>"4.9 out of 5 stars 26 reviews": the same text as <see cref="Physician.RatingLine"/>.</summary>
    internal static void RatingLine<TWriter>(TWriter writer, StarRating rating)
        where TWriter : struct, IContentWriter
    {
        Decimal(writer, rating.Value);
        writer.Literal(" out of ");
        Decimal(writer, rating.BestValue);
        writer.Literal(" stars ");
        Number(writer, rating.ReviewCount);
        writer.Literal(rating.ReviewCount == 1 ? " review" : " reviews");
    }

    /// <summary>"Board certified in Dermatology by the American Board of Dermatology": <see cref="BoardCertification.ToString"/>.</summary>
    internal static void BoardLine<TWriter>(TWriter writer, BoardCertification certification)
        where TWriter : struct, IContentWriter
    {
        if (certification.Specialty is null)
        {
            writer.Literal("Board certified by the ");
        }
        else
        {
            writer.Literal("Board certified in ");
            writer.Text(certification.Specialty);
            writer.Literal(" by the ");
        }

        writer.Text(certification.Board.Name);
    }

    /// <summary>The seed template's vote display, such as "+1".</summary>
    internal static void Votes<TWriter>(TWriter writer, VoteTally votes)
        where TWriter : struct, IContentWriter
    {
        Span<char> buffer = stackalloc char[VoteDisplay.MaxLength];
        VoteDisplay.TryFormat(votes.Net, buffer, out var written);
        writer.Literal(buffer[..written]);
    }

    internal static void Number<TWriter>(TWriter writer, long value)
        where TWriter : struct, IContentWriter
    {
        Span<char> buffer = stackalloc char[20];
        value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        writer.Literal(buffer[..written]);
    }

    /// <summary>A date and time as an HTML "valid global date and time string", in UTC: "2024-05-01T13:45:00Z".</summary>
    internal static void MachineDateTime<TWriter>(TWriter writer, DateTimeOffset value)
        where TWriter : struct, IContentWriter
    {
        Span<char> buffer = stackalloc char[20];
        value.UtcDateTime.TryFormat(buffer, out var written, "yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);
        writer.Literal(buffer[..written]);
    }

    /// <summary>The calendar date as written at its own offset: "2024-05-01".</summary>
    internal static void Date<TWriter>(TWriter writer, DateTimeOffset value)
        where TWriter : struct, IContentWriter
        => Date(writer, DateOnly.FromDateTime(value.DateTime));

    internal static void Date<TWriter>(TWriter writer, DateOnly value)
        where TWriter : struct, IContentWriter
    {
        Span<char> buffer = stackalloc char[10];
        value.TryFormat(buffer, out var written, "yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);
        writer.Literal(buffer[..written]);
    }

    private static void Decimal<TWriter>(TWriter writer, decimal value)
        where TWriter : struct, IContentWriter
    {
        Span<char> buffer = stackalloc char[32];
        value.TryFormat(buffer, out var written, "0.##", CultureInfo.InvariantCulture);
        writer.Literal(buffer[..written]);
    }
}
