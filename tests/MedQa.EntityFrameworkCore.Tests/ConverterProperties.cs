using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace MedQa.EntityFrameworkCore.Tests;

/// <summary>Every credential list survives its column.</summary>
public sealed class ConverterProperties
{
    private static readonly Credential[] Pool =
        [.. Credential.Known.Values, new Credential("X-1.b", CredentialKind.Degree), new Credential("Q", CredentialKind.Fellowship)];

    [Property(MaxTest = 200)]
    public Property CredentialsConverter_AnyList_RoundTrips() => Prop.ForAll(
        Gen.Elements(Pool).ArrayOf().ToArbitrary(),
        credentials => CredentialsConverter.Read(CredentialsConverter.Write([.. credentials])).SequenceEqual(credentials));
}
