using MedQa.Samples;

namespace MedQa.Sample.Web.Tests;

/// <summary>
/// Issue 11: MedQa.AspNetCore's components in an interactive render mode, in the browser. The sample's
/// <c>/blazor/interactive</c> (InteractiveServer) shows a thread with &lt;MedQaAnswers&gt; and &lt;MedQaDisclaimer&gt;;
/// its buttons switch the thread over the circuit.
/// </summary>
public sealed class InteractivePageBrowserTests(InteractivePageVisit visit) : IClassFixture<InteractivePageVisit>
{
    private static readonly QaThread Seed = SeedThread.Build();
    private static readonly QaThread Uk = UkThread.Build();

    [NpmChromiumFact]
    public void Prerender_BeforeTheCircuit_HasTheAnswersAndTheDisclaimer()
    {
        Assert.Contains("data-circuit=\"prerendered\"", visit.PrerenderedHtml, StringComparison.Ordinal);
        Assert.Contains("data-medqa=\"answer\"", visit.PrerenderedHtml, StringComparison.Ordinal);
        Assert.Contains("data-medqa=\"disclaimer\"", visit.PrerenderedHtml, StringComparison.Ordinal);
        Assert.Contains("_framework/blazor.web.js", visit.PrerenderedHtml, StringComparison.Ordinal);
    }

    [NpmChromiumFact]
    public void Page_AfterTheCircuitStarts_RendersInteractively()
    {
        Assert.Equal("live", visit.CircuitState);
        Assert.Empty(visit.ConsoleErrors);
    }

    [NpmChromiumFact]
    public void SwitchThread_ToTheUkThread_ShowsItsAnswersAndOnly999()
    {
        var (title, disclaimers, count, answerIds) = visit.States[1];

        Assert.Equal(Uk.Question.Title, title);
        Assert.Equal(1, count);
        Assert.Contains(Uk.Disclaimer.EmergencyStatement, disclaimers, StringComparison.Ordinal);
        Assert.DoesNotContain(Seed.Disclaimer.EmergencyStatement, disclaimers, StringComparison.Ordinal);
        Assert.Equal(Uk.RankedAnswers(AnswerOrder.Helpfulness).Select(answer => "answer-" + answer.Id), answerIds);
    }

    [NpmChromiumFact]
    public void SwitchThread_BackToTheSeedThread_ShowsItsAnswersAndOnly911()
    {
        foreach (var index in new[] { 0, 2 })
        {
            var (title, disclaimers, count, answerIds) = visit.States[index];

            Assert.Equal(Seed.Question.Title, title);
            Assert.Equal(1, count);
            Assert.Contains(Seed.Disclaimer.EmergencyStatement, disclaimers, StringComparison.Ordinal);
            Assert.DoesNotContain(Uk.Disclaimer.EmergencyStatement, disclaimers, StringComparison.Ordinal);
            Assert.Equal(Seed.RankedAnswers(AnswerOrder.Helpfulness).Select(answer => "answer-" + answer.Id), answerIds);
        }
    }

    [NpmChromiumFact]
    public void Page_AfterTheSwitches_Axe_HasNoViolations()
        => Assert.True(visit.Violations.Count == 0, string.Join('\n', visit.Violations));
}
