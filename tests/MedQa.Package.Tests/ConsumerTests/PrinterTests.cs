using MedQa;

namespace ConsumerTests;

/// <summary>
/// Test code that writes answers without the disclaimer: MEDQA001 does not report in a test project, which it knows
/// from build_property.IsTestProject, made visible by the package's build/MedQa.props.
/// </summary>
public static class PrinterTests
{
    public static void Print(QaThread thread, TextWriter writer)
    {
        foreach (var answer in thread.RankedAnswers())
        {
            writer.WriteLine(answer.Body);
        }
    }
}
