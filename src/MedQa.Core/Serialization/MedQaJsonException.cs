using System.Text.Json;

namespace MedQa.Serialization;

/// <summary>
/// The one error <see cref="MedQaJson"/> reports for bad input: malformed JSON, a value of the wrong type, a missing
/// required field, a value the model rejects, or input over a documented limit. <see cref="JsonException.Path"/> names
/// the offending value, such as <c>$.answers[2].author.npi</c>.
/// </summary>
/// <remarks>
/// It derives from <see cref="JsonException"/>, so code that catches <see cref="JsonException"/> catches it. When the
/// model rejected a value, <see cref="Exception.InnerException"/> is the model's <see cref="ArgumentException"/>.
/// </remarks>
public sealed class MedQaJsonException : JsonException
{
    /// <summary>Creates the exception for a value at a JSON path.</summary>
    /// <param name="message">What is wrong, without the path.</param>
    /// <param name="path">The JSON path of the offending value, such as <c>$.question.title</c>.</param>
    /// <param name="innerException">The exception that reported the problem, if any.</param>
    public MedQaJsonException(string message, string path, Exception? innerException = null)
        : this(message, path, null, null, innerException)
    {
    }

    /// <summary>Creates the exception for a value at a JSON path and a position of the input.</summary>
    /// <param name="message">What is wrong, without the path.</param>
    /// <param name="path">The JSON path of the offending value.</param>
    /// <param name="lineNumber">The zero-based line of the input, when known.</param>
    /// <param name="bytePositionInLine">The zero-based byte position in that line, when known.</param>
    /// <param name="innerException">The exception that reported the problem, if any.</param>
    public MedQaJsonException(string message, string path, long? lineNumber, long? bytePositionInLine, Exception? innerException)
        : base(Describe(message, path, lineNumber, bytePositionInLine), path, lineNumber, bytePositionInLine, innerException)
    {
        Problem = message;
    }

    /// <summary>What is wrong, without the path: such as "The title must not be empty or white space.".</summary>
    public string Problem { get; }

    private static string Describe(string message, string path, long? lineNumber, long? bytePositionInLine)
        => lineNumber is { } line && bytePositionInLine is { } position
            ? $"{message} Path: {path} | LineNumber: {line} | BytePositionInLine: {position}."
            : $"{message} Path: {path}";
}
