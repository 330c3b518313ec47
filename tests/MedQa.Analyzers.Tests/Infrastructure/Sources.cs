namespace MedQa.Analyzers.Tests.Infrastructure;

/// <summary>Source copies of MedQa's markers and a small answer model, as a host sees them.</summary>
internal static class Sources
{
    /// <summary>The two marker attributes (MEDQA001 keys on their full metadata names) and a disclaimer renderer.</summary>
    public const string Markers = """
        namespace MedQa
        {
            [System.AttributeUsage(System.AttributeTargets.All, Inherited = true)]
            public sealed class RequiresMedicalDisclaimerAttribute : System.Attribute { }

            [System.AttributeUsage(System.AttributeTargets.Method | System.AttributeTargets.Property, Inherited = true)]
            public sealed class RendersMedicalDisclaimerAttribute : System.Attribute { }

            public static class Disclaimer
            {
                [RendersMedicalDisclaimer]
                public static string Html() => "<p class=\"disclaimer\">These answers are for educational purposes.</p>";
            }
        }
        """;

    /// <summary>An answer whose body is content; its id and votes are not.</summary>
    public const string Model = """
        namespace Host
        {
            public sealed class Answer
            {
                [MedQa.RequiresMedicalDisclaimer]
                public string Body { get; set; } = "";

                public int Votes { get; set; }

                public string Author { get; set; } = "";
            }
        }
        """;
}
