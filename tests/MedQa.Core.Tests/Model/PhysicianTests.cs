namespace MedQa.Tests.Model;

public class PhysicianTests
{
    [Fact]
    public void DisplayName_SeveralCredentials_JoinedInOrder()
        => Assert.Equal("Jane Roe, MD, FACS", new Physician("p", name: "Jane Roe", credentials: [Credential.MD, Credential.Parse("FACS")]).DisplayName);

    [Fact]
    public void DisplayName_NoCredentials_NameAlone() => Assert.Equal("Jane Roe", new Physician("p", name: "Jane Roe").DisplayName);

    [Theory]
    [InlineData("Naples", null, "Naples")]
    [InlineData(null, "General Surgeon", "General Surgeon")]
    [InlineData(null, null, null)]
    public void PracticeLine_PartialFacts_ShowsWhatIsKnown(string? city, string? specialty, string? expected)
        => Assert.Equal(expected, new Physician("p", city: city, specialty: specialty).PracticeLine);

    [Fact]
    public void RatingLine_OneReview_Singular() => Assert.Equal("5 out of 5 stars 1 review", new Physician("p", rating: new StarRating(5m, 1)).RatingLine);

    [Fact]
    public void RatingLine_TenPointScale_ShowsScale() => Assert.Equal("8.5 out of 10 stars 3 reviews", new StarRating(8.5m, 3, 10m).ToString());

    [Fact]
    public void Equals_SameListsDifferentInstances_AreEqual()
    {
        var board = CertifyingBoard.FromName("American Board of Dermatology");
        Physician Make() => new("p", "Jane", [Credential.MD], boardCertifications: [new BoardCertification(board, "Dermatology")], npi: Npi.Parse("1234567893"));
        Assert.Equal(Make(), Make());
        Assert.NotEqual(Make(), new Physician("p", "Jane", [Credential.DO], boardCertifications: [new BoardCertification(board, "Dermatology")], npi: Npi.Parse("1234567893")));
    }

    [Fact]
    public void Credential_Parse_KnowsDegreesAndFellowships()
    {
        Assert.Equal(CredentialKind.Degree, Credential.Parse("PA-C").Kind);
        Assert.Equal(CredentialKind.Fellowship, Credential.Parse("FRCSC").Kind);
        Assert.Equal(18, Credential.Known.Count);
        Assert.ThrowsAny<ArgumentException>(() => Credential.Parse("XYZ"));
    }

    [Fact]
    public void CertifyingBoard_Abms_Has24MembersAndRecognizesThemByName()
    {
        Assert.Equal(24, CertifyingBoard.AbmsMemberBoards.Count);
        Assert.All(CertifyingBoard.AbmsMemberBoards, board => Assert.True(board.IsAbmsMember));
        Assert.True(CertifyingBoard.FromName("american board of dermatology").IsAbmsMember);
        Assert.True(CertifyingBoard.FromName("American Board of Otolaryngology–Head and Neck Surgery").IsAbmsMember);
        Assert.False(CertifyingBoard.FromName("American Board of Venous and Lymphatic Medicine").IsAbmsMember);
        Assert.False(CertifyingBoard.FromName("American Board of Cosmetic Surgery").IsAbmsMember);
    }
}
