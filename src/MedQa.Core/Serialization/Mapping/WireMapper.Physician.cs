namespace MedQa.Serialization;

// Physicians, as an answer's author and as a thread's reviewer; version 2 adds licences (WireMapper.Licence.cs), the
// profile URL and the certifications' verification dates.
internal static partial class WireMapper
{
    private static WirePhysician ToWire(Physician physician) => new()
    {
        Id = physician.Id,
        Name = physician.Name,
        Credentials = physician.Credentials.IsEmpty
            ? null
            : physician.Credentials.Select(credential => (WireCredential?)new WireCredential { Abbreviation = credential.Abbreviation, Kind = WireNames.Of(credential.Kind) }).ToList(),
        Specialty = physician.Specialty,
        City = physician.City,
        Region = physician.Region,
        BoardCertifications = physician.BoardCertifications.IsEmpty
            ? null
            : physician.BoardCertifications.Select(certification => (WireBoardCertification?)new WireBoardCertification
            {
                Board = certification.Board.Name,
                Specialty = certification.Specialty,
                VerifiedAt = certification.VerifiedAt,
                ValidUntil = certification.ValidUntil,
            }).ToList(),
        Npi = physician.Npi?.Value,
        Rating = physician.Rating is { } rating ? new WireRating { Value = rating.Value, ReviewCount = rating.ReviewCount, BestValue = rating.BestValue } : null,
        Licences = physician.Licences.IsEmpty ? null : physician.Licences.Select(licence => (WireLicence?)ToWire(licence)).ToList(),
        ProfileUrl = physician.ProfileUrl?.OriginalString,
    };

    /// <summary>Reads a physician; a field added after version 1 is gated with <see cref="WireVersion.Allows"/> on <paramref name="version"/>.</summary>
    private static Physician ToModel(WirePhysician wire, string path, WireVersion version)
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
            var kind = WireNames.ParseKind(Required(item.Kind, itemPath + ".kind"), itemPath + ".kind");
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
            version.Allows(2, item.VerifiedAt is not null, itemPath + ".verifiedAt");
            version.Allows(2, item.ValidUntil is not null, itemPath + ".validUntil");
            var certification = Model(() => new BoardCertification(board, item.Specialty, item.VerifiedAt, item.ValidUntil), itemPath, "board", "specialty", "verifiedAt", "validUntil");
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

        version.Allows(2, wire.Licences is not null, path + ".licences");
        version.Allows(2, wire.ProfileUrl is not null, path + ".profileUrl");
        var licences = ToModel(wire.Licences, path + ".licences");
        var profileUrl = wire.ProfileUrl is null ? null : Url(wire.ProfileUrl, path + ".profileUrl");
        return Model(
            () => new Physician(id, wire.Name, credentials, wire.Specialty, wire.City, wire.Region, certifications, npi, rating, licences, profileUrl),
            path,
            "id", "name", "credentials", "specialty", "city", "region", "boardCertifications", "npi", "rating", "licences", "profileUrl");
    }
}
