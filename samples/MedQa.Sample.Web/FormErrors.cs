namespace MedQa.Sample.Web;

/// <summary>Turns MedQa's validation exceptions into a sentence for the form (the page encodes it).</summary>
public static class FormErrors
{
    /// <summary>The exception's message without the " (Parameter 'x')" suffix.</summary>
    public static string Describe(ArgumentException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.Message;
        var suffix = message.LastIndexOf(" (Parameter '", StringComparison.Ordinal);
        return suffix > 0 ? message[..suffix] : message;
    }
}
