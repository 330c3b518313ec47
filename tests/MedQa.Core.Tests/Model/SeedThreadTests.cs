using MedQa.Samples;

namespace MedQa.Tests.Model;

/// <summary>Every fact of the real page (../shared/seed/sclerotherapy-blood-clots.txt), asserted through the public API.</summary>
public class SeedThreadTests
{
    private readonly QaThread _thread = SeedThread.Build();

    [Fact]
    public void Question_SeedPage_HasTitleAndBody()
    {
        Assert.Equal("How Often Do People Experience Blood Clots During Sclerotherapy", _thread.Question.Title);
        Assert.Equal("When blood clots occur from sclerotherapy, how serious are they?", _thread.Question.Body);
        Assert.Equal("Sclerotherapy", _thread.Question.Topic);
    }

    [Fact]
    public void Answers_SeedPage_AreFourInPageOrder()
    {
        Assert.Equal(4, _thread.Answers.Length);
        Assert.StartsWith("There is always a potential for sclerotherapy", _thread.Answers[0].Body);
        Assert.StartsWith("Sclerotherapy destroys abnormal and unsightly veins.", _thread.Answers[1].Body);
        Assert.StartsWith("The risk of developing DVT after sclerotherapy", _thread.Answers[2].Body);
        Assert.StartsWith("Sclerotherapy for very fine SPIDER veins", _thread.Answers[3].Body);
    }

    [Fact]
    public void Headlines_SeedPage_OnlySecondAndThirdAnswers()
    {
        Assert.Equal(
            [null, "Risks of Sclerotherapy", "Sclerotherapy rarely causes DVT - deep vein thrombosis", null],
            _thread.Answers.Select(answer => answer.Headline));
    }

    [Fact]
    public void PhysicianLines_SeedPage_ReproducedExactly()
    {
        var goldman = _thread.Answers[1].Author!;
        Assert.Equal("Mitchel P. Goldman, MD", goldman.DisplayName);
        Assert.Equal("San Diego Dermatologic Surgeon", goldman.PracticeLine);
        Assert.Equal("4.9 out of 5 stars 26 reviews", goldman.RatingLine);

        var shureih = _thread.Answers[3].Author!;
        Assert.Equal("Samir Shureih, MD", shureih.DisplayName);
        Assert.Equal("Baltimore Plastic Surgeon", shureih.PracticeLine);
        Assert.Null(shureih.RatingLine);
    }

    [Fact]
    public void UnnamedAuthor_SeedPage_ShownOnlyByCityAndSpecialty()
    {
        var naples = _thread.Answers[0].Author!;
        Assert.Null(naples.Name);
        Assert.Null(naples.DisplayName);
        Assert.Equal("Naples General Surgeon", naples.PracticeLine);
    }

    [Fact]
    public void ThirdAnswer_SeedPage_HasNoAuthor() => Assert.Null(_thread.Answers[2].Author);

    [Fact]
    public void ThirdAnswer_SeedPage_NamesNonAbmsBoard()
    {
        Assert.Contains("American Board of Venous and Lymphatic Medicine", _thread.Answers[2].Body, StringComparison.Ordinal);
        Assert.False(CertifyingBoard.FromName("American Board of Venous and Lymphatic Medicine").IsAbmsMember);
    }

    [Fact]
    public void FourthAnswer_SeedPage_HasThreeParagraphsVerbatim()
    {
        Assert.Equal(
            [
                "Sclerotherapy for very fine SPIDER veins do not get blood clots.",
                "In injecting RETICULAR veins, which are small blue veins under the skin may develope a blood clot. This clot is in the superficial system of veins and is not dangerous. It may leave the hemosiderin stain behind.",
                "Injecting the major SAPHENOUS system of  veins will and can result in deep venous thrombosis",
            ],
            _thread.Answers[3].Paragraphs);
    }

    [Fact]
    public void VoteDisplays_SeedPage_TemplateWithNoVotesShowsPlusOne()
    {
        Assert.Equal("{{ voteCount >= 0 ? '+' + (voteCount + 1) : (voteCount + 1) }}", VoteDisplay.Template);
        Assert.All(_thread.Answers, answer => Assert.Equal("+1", answer.Votes.ToString()));
    }

    [Fact]
    public void Disclaimer_SeedPage_ByteForByteWith911()
    {
        Assert.Equal(
            "These answers are for educational purposes and should not be relied upon as a substitute for medical advice you may receive from your physician. If you have a medical emergency, please call 911. These answers do not constitute or initiate a patient/doctor relationship.",
            _thread.Disclaimer.Text);
        Assert.Equal("911", _thread.Disclaimer.EmergencyNumber.Number);
        Assert.Equal("US", _thread.Disclaimer.EmergencyNumber.RegionCode);
    }

    [Fact]
    public void Build_CalledTwice_ThreadsAreEqual()
    {
        Assert.Equal(_thread, SeedThread.Build());
        Assert.Equal(_thread.GetHashCode(), SeedThread.Build().GetHashCode());
    }
}
