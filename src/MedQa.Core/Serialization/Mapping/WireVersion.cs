namespace MedQa.Serialization;

/// <summary>
/// The wire-format version a document declares (its root <c>version</c>; absent means 1), and the check that every
/// field it uses exists in that version: a version-1 document holding a version-2 field is an error at the field's
/// path, so that a file missing its <c>"version": 2</c> is never half read.
/// </summary>
/// <remarks>A field added in a later version is gated with one call: <c>version.Allows(2, wire.Field is not null, path + ".field")</c>.</remarks>
internal readonly struct WireVersion
{
    /// <summary>The version of a document that declares none: the format before versions were written.</summary>
    internal const long Unversioned = 1;

    private WireVersion(long number) => Number = number;

    /// <summary>The declared version, from 1 to <see cref="MedQaJson.FormatVersion"/>.</summary>
    internal long Number { get; }

    /// <summary>The version a document declares, checked at <paramref name="path"/> (the root's <c>version</c>).</summary>
    /// <exception cref="MedQaJsonException">The version is not one this reader reads.</exception>
    internal static WireVersion Of(long? declared, string path)
        => (declared ?? Unversioned) is var number && number is >= Unversioned and <= MedQaJson.FormatVersion
            ? new WireVersion(number)
            : throw new MedQaJsonException(
                $"The format version is {number}; this reader reads versions {Unversioned} to {MedQaJson.FormatVersion} (a newer MedQa may read it).", path);

    /// <summary>Whether the document's version has the fields of version <paramref name="since"/>.</summary>
    internal bool Has(long since) => Number >= since;

    /// <summary>Throws when a field of version <paramref name="since"/> is <paramref name="present"/> in an older document.</summary>
    /// <exception cref="MedQaJsonException">The field is present and the document's version is older.</exception>
    internal void Allows(long since, bool present, string path)
    {
        if (present && Number < since)
        {
            var field = path[(path.LastIndexOf('.') + 1)..];
            throw new MedQaJsonException(
                $"'{field}' is a field of format version {since}, but the document is version {Number} (a document without \"version\" is version 1): add \"version\": {since} at the root.",
                path);
        }
    }
}
