namespace MedQa;

/// <summary>
/// A medical licence's standing as the issuing board reports it. Only <see cref="Active"/> lets a licence make its
/// physician verified (<see cref="MedicalLicence.IsValidAt"/>), and only until its expiry.
/// </summary>
/// <remarks>US state boards publish these standings in their licence look-ups; the names follow the common wording.</remarks>
public enum LicenceStatus
{
    /// <summary>In good standing: the physician may practise (until <see cref="MedicalLicence.ExpiresAt"/>).</summary>
    Active,

    /// <summary>Held but not in use (retired or not practising in the jurisdiction); the physician may not practise under it.</summary>
    Inactive,

    /// <summary>Not renewed by its expiry date.</summary>
    Expired,

    /// <summary>Suspended by the board for a time; the physician may not practise under it.</summary>
    Suspended,

    /// <summary>Revoked by the board.</summary>
    Revoked,

    /// <summary>Given up by the physician, often while under investigation.</summary>
    Surrendered,
}
