namespace MedQa.Serialization;

// A physician's medical licences (version 2): the status by its camelCase name, the expiry required.
internal static partial class WireMapper
{
    private static WireLicence ToWire(MedicalLicence licence) => new()
    {
        Number = licence.Number,
        Jurisdiction = licence.Jurisdiction,
        Status = WireNames.Of(licence.Status),
        VerifiedAt = licence.VerifiedAt,
        ExpiresAt = licence.ExpiresAt,
    };

    private static List<MedicalLicence>? ToModel(List<WireLicence?>? wire, string path)
    {
        if (Bounded(wire, Physician.MaxLicences, path) is not { } items)
        {
            return null;
        }

        var licences = new List<MedicalLicence>(items.Count);
        var distinct = new HashSet<(string Jurisdiction, string Number)>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            var item = Required(items[i], itemPath);
            var number = Required(item.Number, itemPath + ".number");
            var jurisdiction = Required(item.Jurisdiction, itemPath + ".jurisdiction");
            var status = WireNames.ParseLicenceStatus(Required(item.Status, itemPath + ".status"), itemPath + ".status");
            var expiresAt = Required(item.ExpiresAt, itemPath + ".expiresAt");
            var licence = Model(
                () => new MedicalLicence(number, jurisdiction, status, item.VerifiedAt, expiresAt),
                itemPath,
                "number", "jurisdiction", "status", "verifiedAt", "expiresAt");

            // As Physician compares them (ignoring case), but reported here at the repeating item's own path.
            if (!distinct.Add((jurisdiction.ToUpperInvariant(), number.ToUpperInvariant())))
            {
                throw new MedQaJsonException(
                    $"The licence \"{MedQaJsonException.Quote(number)}\" of \"{MedQaJsonException.Quote(jurisdiction)}\" repeats (an earlier one has the same jurisdiction and number, ignoring case).",
                    itemPath);
            }

            licences.Add(licence);
        }

        return licences;
    }
}
