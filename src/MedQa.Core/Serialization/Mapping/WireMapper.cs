namespace MedQa.Serialization;

/// <summary>
/// Maps the model to the wire shapes and back. Writing always writes <see cref="MedQaJson.FormatVersion"/>; reading
/// accepts every version up to it (<see cref="WireVersion"/>), validates every value through the model's constructors
/// and reports the first problem as a <see cref="MedQaJsonException"/> at the value's JSON path.
/// </summary>
/// <remarks>
/// Split by concept: the thread, question and disclaimer here; answers and their trust fields in
/// <c>WireMapper.Answer.cs</c>; physicians in <c>WireMapper.Physician.cs</c>; the shared checks in
/// <c>WireMapper.Checks.cs</c>.
/// </remarks>
internal static partial class WireMapper
{
    internal static WireThread ToWire(QaThread thread)
    {
        var answers = new List<WireAnswer?>(thread.Answers.Length);
        foreach (var answer in thread.Answers)
        {
            answers.Add(ToWire(answer));
        }

        var question = thread.Question;
        var disclaimer = thread.Disclaimer;
        return new WireThread
        {
            Version = MedQaJson.FormatVersion,
            Question = new WireQuestion { Id = question.Id, Title = question.Title, Body = question.Body, Topic = question.Topic, AskedAt = question.AskedAt },
            Answers = answers,
            Disclaimer = new WireDisclaimer
            {
                EducationalStatement = disclaimer.EducationalStatement,
                EmergencyStatement = disclaimer.EmergencyStatement,
                NoRelationshipStatement = disclaimer.NoRelationshipStatement,
                EmergencyNumber = new WireEmergencyNumber { RegionCode = disclaimer.EmergencyNumber.RegionCode, Number = disclaimer.EmergencyNumber.Number },
            },
            ReviewedBy = thread.ReviewedBy is { } reviewer ? ToWire(reviewer) : null,
            LastReviewed = thread.LastReviewed,
        };
    }

    internal static QaThread ToModel(WireThread? wire)
    {
        const string path = "$";
        var thread = Required(wire, path);
        // First, so that every later field is read as the version the document declares.
        var version = WireVersion.Of(thread.Version, path + ".version");
        var question = ToModel(Required(thread.Question, path + ".question"), path + ".question");
        var wireAnswers = Bounded(Required(thread.Answers, path + ".answers"), QaThread.MaxAnswers, path + ".answers");
        var answers = new Answer[wireAnswers.Count];
        var ids = new HashSet<string>(wireAnswers.Count, StringComparer.Ordinal);
        for (var i = 0; i < answers.Length; i++)
        {
            var answerPath = $"{path}.answers[{i}]";
            answers[i] = ToModel(Required(wireAnswers[i], answerPath), answerPath, version);
            if (!ids.Add(answers[i].Id))
            {
                throw new MedQaJsonException($"The answer id \"{MedQaJsonException.Quote(answers[i].Id)}\" repeats; answer ids must be distinct within a thread.", answerPath + ".id");
            }
        }

        var disclaimer = ToModel(Required(thread.Disclaimer, path + ".disclaimer"), path + ".disclaimer");
        version.Allows(2, thread.ReviewedBy is not null, path + ".reviewedBy");
        var reviewedBy = thread.ReviewedBy is null ? null : ToModel(thread.ReviewedBy, path + ".reviewedBy", version);
        return Model(
            () => new QaThread(question, answers, disclaimer, thread.LastReviewed, reviewedBy),
            path,
            "question", "answers", "disclaimer", "lastReviewed", "reviewedBy");
    }

    private static Question ToModel(WireQuestion wire, string path)
    {
        var id = Required(wire.Id, path + ".id");
        var title = Required(wire.Title, path + ".title");
        return Model(() => new Question(id, title, wire.Body, wire.Topic, wire.AskedAt), path, "id", "title", "body", "topic", "askedAt");
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
}
