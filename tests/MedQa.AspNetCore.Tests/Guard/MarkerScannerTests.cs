using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedQa.AspNetCore.Guard;
using MedQa.Rendering;

namespace MedQa.AspNetCore.Tests.Guard;

public sealed class MarkerScannerTests
{
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 500)]
    public bool Scan_AnySplitOfAnyDocument_FindsWhatTheWholeDocumentHas(string document, int[] cuts)
    {
        var bytes = Encoding.UTF8.GetBytes(document);
        var scanner = new MarkerScanner();
        var at = 0;
        foreach (var cut in cuts.Select(cut => Math.Abs(cut % 40)))
        {
            var length = Math.Min(cut, bytes.Length - at);
            scanner.Scan(bytes.AsSpan(at, length));
            at += length;
        }

        scanner.Scan(bytes.AsSpan(at));
        var disclaimer = document.Contains(MedQaMarkup.DisclaimerAttribute, StringComparison.Ordinal);
        var answerBeforeDisclaimer = document.Split(MedQaMarkup.DisclaimerAttribute)[0].Contains(MedQaMarkup.AnswerAttribute, StringComparison.Ordinal);
        return scanner.SawDisclaimer == disclaimer && (disclaimer || scanner.SawAnswer == answerBeforeDisclaimer);
    }

    [Fact]
    public void Scan_ByteByByte_FindsBothMarkers()
    {
        var scanner = new MarkerScanner();
        foreach (var value in Encoding.UTF8.GetBytes($"<article {MedQaMarkup.AnswerAttribute}>x</article><aside {MedQaMarkup.DisclaimerAttribute}>"))
        {
            scanner.Scan([value]);
        }

        Assert.True(scanner.SawAnswer);
        Assert.True(scanner.SawDisclaimer);
    }

    [Fact]
    public void Scan_EncodedMarkerText_IsNoMarker()
    {
        var scanner = new MarkerScanner();

        scanner.Scan(Encoding.UTF8.GetBytes("data-medqa=&quot;answer&quot; data-medqa=&quot;disclaimer&quot; data-medqa=\"answers\" data-medqa=\"disclaime"));

        Assert.False(scanner.SawAnswer);
        Assert.False(scanner.SawDisclaimer);
    }

    public static class Arbitraries
    {
        /// <summary>Documents made of markers, pieces of markers, near misses and filler.</summary>
        public static Arbitrary<string> Document() =>
            Gen.Elements(
                    MedQaMarkup.AnswerAttribute, MedQaMarkup.DisclaimerAttribute, "data-medqa=\"", "answer\"", "disclaimer\"",
                    "data-medqa=\"answe", "data-", "<p>", "x", "é", "😀", " ", "\"", "data-medqa=\"disclaimer")
                .ListOf()
                .Select(string.Concat)
                .ToArbitrary();
    }
}
