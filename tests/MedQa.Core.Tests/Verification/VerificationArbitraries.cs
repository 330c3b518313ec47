using FsCheck;
using FsCheck.Fluent;

namespace MedQa.Tests.Verification;

/// <summary>Generators of licences and instants for the verification properties: instants within a few years, in any UTC offset.</summary>
public static class VerificationArbitraries
{
    internal static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>An instant within ±3 years of 2026 (to the second, so boundaries are hit), written in any offset from −14:00 to +14:00.</summary>
    public static Gen<DateTimeOffset> Instant { get; } =
        from seconds in Gen.Frequency((1, Gen.Choose(-3, 3)), (3, Gen.Choose(-100_000_000, 100_000_000)))
        from offsetMinutes in Gen.Choose(-14 * 4, 14 * 4).Select(quarters => quarters * 15)
        select Epoch.AddSeconds(seconds).ToOffset(TimeSpan.FromMinutes(offsetMinutes));

    public static Gen<LicenceStatus> Status { get; } =
        Gen.Frequency((3, Gen.Constant(LicenceStatus.Active)), (2, Gen.Elements(Enum.GetValues<LicenceStatus>())));

    /// <summary>Valid licences: verified before they expire, or not verified at all.</summary>
    public static Gen<MedicalLicence> Licence { get; } =
        from number in Gen.Choose(1, 30)
        from jurisdiction in Gen.Elements("Medical Board of California", "Florida Board of Medicine", "NY")
        from status in Status
        from verifiedAt in Gen.Frequency((1, Gen.Constant<DateTimeOffset?>(null)), (5, Instant.Select(instant => (DateTimeOffset?)instant)))
        from lifetimeSeconds in Gen.Frequency((1, Gen.Choose(1, 3)), (3, Gen.Choose(1, 100_000_000)))
        select new MedicalLicence("A" + number, jurisdiction, status, verifiedAt, (verifiedAt ?? Epoch).AddSeconds(lifetimeSeconds));

    public static Arbitrary<MedicalLicence> Licences() => Licence.ToArbitrary();

    public static Arbitrary<DateTimeOffset> Instants() => Instant.ToArbitrary();

    /// <summary>Physicians holding up to eight licences, none repeating a jurisdiction and number.</summary>
    public static Arbitrary<Physician> Physicians() =>
        Licence.ListOf()
            .Select(licences => new Physician("p", licences: licences.DistinctBy(licence => (licence.Jurisdiction, licence.Number)).Take(8)))
            .ToArbitrary();
}
