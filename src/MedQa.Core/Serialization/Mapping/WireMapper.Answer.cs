namespace MedQa.Serialization;

// Answers: version 1's fields (id, headline, body, author, posted date, votes) and version 2's lifecycle and trust
// fields (last edit, status and hidden reason, disclosure, references, endorsements, the asker's "this helped" mark).
internal static partial class WireMapper
{
    private static WireAnswer ToWire(Answer answer) => new()
    {
        Id = answer.Id,
        Headline = answer.Headline,
        Body = answer.Body,
        Author = answer.Author is { } author ? ToWire(author) : null,
        PostedAt = answer.PostedAt,
        LastEditedAt = answer.LastEditedAt,
        Votes = new WireVotes { Up = answer.Votes.Up, Down = answer.Votes.Down },
        Status = WireNames.Of(answer.Status),
        HiddenReason = answer.HiddenReason,
        Disclosure = answer.Disclosure is { } disclosure
            ? new WireDisclosure { Kind = disclosure.HasConflict ? WireNames.Conflict : WireNames.NoConflict, Statement = disclosure.Statement }
            : null,
        References = answer.References.IsEmpty
            ? null
            : answer.References.Select(reference => (WireReference?)new WireReference { Title = reference.Title, Url = reference.Url.OriginalString }).ToList(),
        Endorsements = answer.Endorsements.IsEmpty
            ? null
            : answer.Endorsements.Select(endorsement => (WireEndorsement?)new WireEndorsement { PhysicianId = endorsement.PhysicianId, EndorsedAt = endorsement.EndorsedAt }).ToList(),
        HelpedAsker = answer.HelpedAsker ? true : null,
    };

    private static Answer ToModel(WireAnswer wire, string path, WireVersion version)
    {
        var id = Required(wire.Id, path + ".id");
        var body = Required(wire.Body, path + ".body");
        var author = wire.Author is null ? null : ToModel(wire.Author, path + ".author", version);
        var votes = wire.Votes is { } wireVotes
            ? Model(() => new VoteTally(Required(wireVotes.Up, path + ".votes.up"), Required(wireVotes.Down, path + ".votes.down")), path + ".votes", "up", "down")
            : VoteTally.None;

        version.Allows(2, wire.LastEditedAt is not null, path + ".lastEditedAt");
        version.Allows(2, wire.Status is not null, path + ".status");
        version.Allows(2, wire.HiddenReason is not null, path + ".hiddenReason");
        version.Allows(2, wire.Disclosure is not null, path + ".disclosure");
        version.Allows(2, wire.References is not null, path + ".references");
        version.Allows(2, wire.Endorsements is not null, path + ".endorsements");
        version.Allows(2, wire.HelpedAsker is not null, path + ".helpedAsker");

        // Required from version 2 on, so that an answer never becomes public because a writer left its status out;
        // version 1 had no moderation: its answers are all published.
        var status = version.Has(2)
            ? WireNames.ParseStatus(Required(wire.Status, path + ".status"), path + ".status")
            : AnswerStatus.Published;
        var disclosure = wire.Disclosure is null ? null : ToModel(wire.Disclosure, path + ".disclosure");
        var references = ToModel(wire.References, path + ".references");
        var endorsements = ToModel(wire.Endorsements, author, path + ".endorsements");
        return Model(
            () => new Answer(id, body, wire.Headline, author, wire.PostedAt, votes, wire.LastEditedAt, status, wire.HiddenReason, disclosure, references, endorsements, wire.HelpedAsker ?? false),
            path,
            "id", "body", "headline", "author", "postedAt", "votes", "lastEditedAt", "status", "hiddenReason", "disclosure", "references", "endorsements", "helpedAsker");
    }

    private static Disclosure ToModel(WireDisclosure wire, string path)
    {
        var kind = Required(wire.Kind, path + ".kind");
        switch (kind)
        {
            case WireNames.NoConflict:
                return wire.Statement is null
                    ? Disclosure.None
                    : throw new MedQaJsonException($"A disclosure of kind \"{WireNames.NoConflict}\" has no statement; use \"{WireNames.Conflict}\" to state a conflict of interest.", path + ".statement");
            case WireNames.Conflict:
                var statement = Required(wire.Statement, path + ".statement");
                return Model(() => Disclosure.Of(statement), path, "statement");
            default:
                throw new MedQaJsonException($"The value is not \"{WireNames.NoConflict}\" or \"{WireNames.Conflict}\".", path + ".kind");
        }
    }

    private static List<Reference>? ToModel(List<WireReference?>? wire, string path)
    {
        if (Bounded(wire, Answer.MaxReferences, path) is not { } items)
        {
            return null;
        }

        var references = new List<Reference>(items.Count);
        var distinct = new HashSet<Reference>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            var item = Required(items[i], itemPath);
            var title = Required(item.Title, itemPath + ".title");
            var url = Url(Required(item.Url, itemPath + ".url"), itemPath + ".url");
            var reference = Model(() => new Reference(title, url), itemPath, "title", "url");
            if (!distinct.Add(reference))
            {
                // Uri equality: the host's case, a default port and the fragment do not make two references distinct.
                throw new MedQaJsonException($"The reference to \"{MedQaJsonException.Quote(url.OriginalString)}\" repeats (an earlier one has the same title and the same URL, fragments ignored).", itemPath);
            }

            references.Add(reference);
        }

        return references;
    }

    // The length first, so that no megabyte-long "URL" reaches the parser; then Reference checks scheme and characters.
    private static Uri Url(string text, string path)
        => text.Length > Guard.MaxUrlLength
            ? throw new MedQaJsonException($"The URL has {Guard.Count(text.Length)} characters; the format allows at most {Guard.Count(Guard.MaxUrlLength)}.", path)
            : Uri.TryCreate(text, UriKind.Absolute, out var url)
                ? url
                : throw new MedQaJsonException("The value is not an absolute http or https URL, such as \"https://www.nhs.uk/medicines/\".", path);

    private static List<Endorsement>? ToModel(List<WireEndorsement?>? wire, Physician? author, string path)
    {
        if (Bounded(wire, Answer.MaxEndorsements, path) is not { } items)
        {
            return null;
        }

        var endorsements = new List<Endorsement>(items.Count);
        var physicians = new HashSet<string>(items.Count, StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            var item = Required(items[i], itemPath);
            var physicianId = Required(item.PhysicianId, itemPath + ".physicianId");
            var endorsement = Model(() => new Endorsement(physicianId, item.EndorsedAt), itemPath, "physicianId", "endorsedAt");
            if (!physicians.Add(physicianId))
            {
                throw new MedQaJsonException($"The physician \"{MedQaJsonException.Quote(physicianId)}\" endorses the answer twice; an answer holds one endorsement per physician.", itemPath + ".physicianId");
            }

            if (physicianId == author?.Id)
            {
                throw new MedQaJsonException($"The physician \"{MedQaJsonException.Quote(physicianId)}\" is the answer's author, who cannot endorse their own answer.", itemPath + ".physicianId");
            }

            endorsements.Add(endorsement);
        }

        return endorsements;
    }
}
