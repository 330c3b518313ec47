using MedQa;
using MedQa.Rendering;

namespace Consumer.Rendering;

/// <summary>Prints the answers and forgets the disclaimer.</summary>
public static class ForgetfulPrinter
{
    public static void Print(QaThread thread, TextWriter writer)
    {
        foreach (var answer in thread.RankedAnswers())
        {
            writer.WriteLine(answer.Body); // expect: MEDQA001
        }
    }
}

/// <summary>Prints the answers and the disclaimer.</summary>
public static class CompliantPrinter
{
    public static void Print(QaThread thread, TextWriter writer)
    {
        writer.Write(MedQaHtmlRenderer.Default.RenderAnswers(thread));
        writer.Write(MedQaHtmlRenderer.Default.RenderDisclaimer(thread.Disclaimer));
    }
}
