using System.Diagnostics.CodeAnalysis;

namespace MedQa.Serialization;

/// <summary>
/// Maps the model to the wire shapes and back. Reading validates every value through the model's constructors and
/// reports the first problem as a <see cref="MedQaJsonException"/> at the value's JSON path.
/// </summary>
internal static class WireMapper
{
    internal static WireThread ToWire(QaThread thread)
    {
        var answers = new List<WireAnswer?>(thread.Answers.Length);
        foreach (var answer in thread.Answers)
        {
            answers.Add(new WireAnswer
            {
                Id = answer.Id,
                Headline = answer.Headline,
                Body = answer.Body,
                Author = answer.Author is { } author ? ToWire(author) : null,
                PostedAt = answer.PostedAt,
                Votes = new WireVotes { Up = answer.Votes.Up, Down = answer.Votes.Down },
            });
        }

        var question = thread.Question;
        var disclaimer = thread.Disclaimer;
        return new WireThread
        {
            Question = new WireQuestion { Id = question.Id, Title = question.Title, Body = question.Body, Topic = question.Topic, AskedAt = question.AskedAt },
            Answers = answers,
            Disclaimer = new WireDisclaimer
            {
                EducationalStatement = disclaimer.EducationalStatement,
                EmergencyStatement = disclaimer.EmergencyStatement,
                NoRelationshipStatement = disclaimer.NoRelationshipStatement,
                EmergencyNumber = new WireEmergencyNumber { RegionCode = disclaimer.EmergencyNumber.RegionCode, Number = disclaimer.EmergencyNumber.Number },
            },
            LastReviewed = thread.LastReviewed,
        };
    }

    private static WirePhysician ToWire(Physician physician) => new()
    {
        Id = physician.Id,
        Name = physician.Name,
        Credentials = physician.Credentials.IsEmpty
            ? null
            : physician.Credentials.Select(credential => (WireCredential?)new WireCredential { Abbreviation = credential.Abbreviation, Kind = KindName(credential.Kind) }).ToList(),
        Specialty = physician.Specialty,
        City = physician.City,
        Region = physician.Region,
        BoardCertifications = physician.BoardCertifications.IsEmpty
            ? null
            : physician.BoardCertifications.Select(certification => (WireBoardCertification?)new WireBoardCertification { Board = certification.Board.Name, Specialty = certification.Specialty }).ToList(),
        Npi = physician.Npi?.Value,
        Rating = physician.Rating is { } rating ? new WireRating { Value = rating.Value, ReviewCount = rating.ReviewCount, BestValue = rating.BestValue } : null,
    };

    internal static QaThread ToModel(WireThread? wire)
    {
        const string path = "$";
        var thread = Required(wire, path);
        var question = ToModel(Required(thread.Question, path + ".question"), path + ".question");
        var wireAnswers = Bounded(Required(thread.Answers, path + ".answers"), QaThread.MaxAnswers, path + ".answers");
        var answers = new Answer[wireAnswers.Count];
        var ids = new HashSet<string>(wireAnswers.Count, StringComparer.Ordinal);
        for (var i = 0; i < answers.Length; i++)
        {
            var answerPath = $"{path}.answers[{i}]";
            answers[i] = ToModel(Required(wireAnswers[i], answerPath), answerPath);
            if (!ids.Add(answers[i].Id))
            {
                throw new MedQaJsonException($"The answer id \"{MedQaJsonException.Quote(answers[i].Id)}\" repeats; answer ids must be distinct within a thread.", answerPath + ".id");
            }
        }

        var disclaimer = ToModel(Required(thread.Disclaimer, path + ".disclaimer"), path + ".disclaimer");
        return Model(() => new QaThread(question, answers, disclaimer, thread.LastReviewed), path, "question", "answers", "disclaimer", "lastReviewed");
    }

    private static Question ToModel(WireQuestion wire, string path)
    {
        var id = Required(wire.Id, path + ".id");
        var title = Required(wire.Title, path + ".title");
        return Model(() => new Question(id, title, wire.Body, wire.Topic, wire.AskedAt), path, "id", "title", "body", "topic", "askedAt");
    }

    private static Answer ToModel(WireAnswer wire, string path)
    {
        var id = Required(wire.Id, path + ".id");
        var body = Required(wire.Body, path + ".body");
        var author = wire.Author is null ? null : ToModel(wire.Author, path + ".author");
        var votes = wire.Votes is { } wireVotes
            ? Model(() => new VoteTally(Required(wireVotes.Up, path + ".votes.up"), Required(wireVotes.Down, path + ".votes.down")), path + ".votes", "up", "down")
            : VoteTally.None;
        return Model(() => new Answer(id, body, wire.Headline, author, wire.PostedAt, votes), path, "id", "body", "headline", "author", "postedAt", "votes");
    }

    private static Physician ToModel(WirePhysician wire, string path)
    {
        var id = Required(wire.Id, path + ".id");
        // Bounded first and checked for duplicates with a set: a few MB of JSON can hold 100,000 items.
        var wireCredentials = Bounded(wire.Credentials, Physician.MaxCredentials, path + ".credentials");
        var credentials = new List<Credential>(wireCredentials?.Count ?? 0);
        var distinctCredentials = new HashSet<Credential>(credentials.Capacity);
        for (var i = 0; i < (wireCredentials?.Count ?? 0); i++)
        {
            var itemPath = $"{path}.credentials[{i}]";
            var item = Required(wireCredentials![i], itemPath);
            var abbreviation = Required(item.Abbreviation, itemPath + ".abbreviation");
            var kind = ParseKind(Required(item.Kind, itemPath + ".kind"), itemPath + ".kind");
            var credential = Model(() => new Credential(abbreviation, kind), itemPath, "abbreviation", "kind");
            if (!distinctCredentials.Add(credential))
            {
                throw new MedQaJsonException($"The credential \"{MedQaJsonException.Quote(abbreviation)}\" repeats.", itemPath);
            }

            credentials.Add(credential);
        }

        var wireCertifications = Bounded(wire.BoardCertifications, Physician.MaxBoardCertifications, path + ".boardCertifications");
        var certifications = new List<BoardCertification>(wireCertifications?.Count ?? 0);
        var distinctCertifications = new HashSet<BoardCertification>(certifications.Capacity);
        for (var i = 0; i < (wireCertifications?.Count ?? 0); i++)
        {
            var itemPath = $"{path}.boardCertifications[{i}]";
            var item = Required(wireCertifications![i], itemPath);
            var boardName = Required(item.Board, itemPath + ".board");
            var board = Model(() => CertifyingBoard.FromName(boardName), itemPath + ".board");
            var certification = Model(() => new BoardCertification(board, item.Specialty), itemPath, "board", "specialty");
            if (!distinctCertifications.Add(certification))
            {
                throw new MedQaJsonException($"The board certification \"{MedQaJsonException.Quote(certification.ToString())}\" repeats.", itemPath);
            }

            certifications.Add(certification);
        }

        Npi? npi = null;
        if (wire.Npi is { } npiText)
        {
            npi = Npi.TryParse(npiText, out var parsed)
                ? parsed
                : throw new MedQaJsonException("An NPI is ten digits, the first 1 or 2, the last a Luhn check digit over the prefix 80840.", path + ".npi");
        }

        StarRating? rating = null;
        if (wire.Rating is { } wireRating)
        {
            var ratingPath = path + ".rating";
            var value = Required(wireRating.Value, ratingPath + ".value");
            var reviewCount = Required(wireRating.ReviewCount, ratingPath + ".reviewCount");
            rating = Model(() => new StarRating(value, reviewCount, wireRating.BestValue ?? StarRating.FiveStars), ratingPath, "value", "reviewCount", "bestValue");
        }

        return Model(
            () => new Physician(id, wire.Name, credentials, wire.Specialty, wire.City, wire.Region, certifications, npi, rating),
            path,
            "id", "name", "credentials", "specialty", "city", "region", "boardCertifications", "npi", "rating");
    }

    private static MedicalDisclaimer ToModel(WireDisclaimer wire, string path)
    {
        var educational = Required(wire.EducationalStatement, path + ".educationalStatement");
        var emergency = Required(wire.EmergencyStatement, path + ".emergencyStatement");
        var noRelationship = Required(wire.NoRelationshipStatement, path + ".noRelationshipStatement");
        var numberPath = path + ".emergencyNumber";
        var wireNumber = Required(wire.EmergencyNumber, numberPath);
        var regionCode = Required(wireNumber.RegionCode, numberPath + ".regionCode");
        var digits = Required(wireNumber.Number, numberPath + ".number");
        var number = Model(() => new EmergencyNumber(regionCode, digits), numberPath, "regionCode", "number");
        return Model(
            () => new MedicalDisclaimer(educational, emergency, noRelationship, number),
            path,
            "educationalStatement", "emergencyStatement", "noRelationshipStatement", "emergencyNumber");
    }

    // Enums are camelCase strings on the wire; numbers and other spellings are errors.
    private static string KindName(CredentialKind kind) => kind switch
    {
        CredentialKind.Degree => "degree",
        CredentialKind.Fellowship => "fellowship",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "The credential kind is not defined."),
    };

    private static CredentialKind ParseKind(string kind, string path) => kind switch
    {
        "degree" => CredentialKind.Degree,
        "fellowship" => CredentialKind.Fellowship,
        _ => throw new MedQaJsonException("The value is not \"degree\" or \"fellowship\".", path),
    };

    // Checked before any item is mapped, at the array's path, so an oversize list costs no model work.
    [return: NotNullIfNotNull(nameof(list))]
    private static List<T>? Bounded<T>(List<T>? list, int maxCount, string path)
        => list is null || list.Count <= maxCount
            ? list
            : throw new MedQaJsonException($"The list has {list.Count} items; the format allows at most {maxCount}.", path);

    private static T Required<T>([NotNull] T? value, string path)
        where T : class
        => value ?? throw new MedQaJsonException("The value is required and must not be null.", path);

    private static T Required<T>([NotNull] T? value, string path)
        where T : struct
        => value ?? throw new MedQaJsonException("The value is required and must not be null.", path);

    /// <summary>Runs a model constructor, reporting its <see cref="ArgumentException"/> at the path of the field it names.</summary>
    private static T Model<T>(Func<T> create, string path, params string[] fields)
    {
        try
        {
            return create();
        }
        catch (ArgumentException exception)
        {
            var field = FieldName(exception.ParamName);
            var at = field is not null && fields.Contains(field) ? path + "." + field : path;
            // The model writes its own one-line messages (Guard): no runtime suffix to strip.
            throw new MedQaJsonException(exception.Message, at, exception);
        }
    }

    // "title", or the innermost name of an expression such as "Guard.NotBlank(title)".
    private static string? FieldName(string? paramName)
    {
        if (paramName is null)
        {
            return null;
        }

        var open = paramName.LastIndexOf('(');
        var inner = open < 0 ? paramName : paramName[(open + 1)..].TrimEnd(')');
        return inner.Length > 0 && inner.All(char.IsAsciiLetterOrDigit) ? inner : null;
    }
}
