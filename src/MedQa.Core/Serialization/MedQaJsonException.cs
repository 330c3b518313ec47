using System.Text.Json;

namespace MedQa.Serialization;

/// <summary>
/// The one error <see cref="MedQaJson"/> reports for bad input: malformed JSON, a value of the wrong type, a missing
/// required field, a value the model rejects, or input over a documented limit. <see cref="JsonException.Path"/> names
/// the offending value, such as <c>$.answers[2].author.npi</c>.
/// </summary>
/// <remarks>
/// <para>
/// It derives from <see cref="JsonException"/>, so code that catches <see cref="JsonException"/> catches it. When the
/// model rejected a value, <see cref="Exception.InnerException"/> is the model's <see cref="ArgumentException"/>.
/// </para>
/// <para>
/// Safe to log: in <see cref="JsonException.Path"/>, <see cref="Problem"/> and <see cref="Exception.Message"/>, control
/// and format characters, line and paragraph separators and lone surrogates are escaped as <c>\uXXXX</c>, so input
/// cannot forge a log line; the path is at most <see cref="MaxEchoLength"/> characters and the problem at most
/// <see cref="MaxProblemLength"/>, each ending with "…" when cut, so input cannot make a message large.
/// </para>
/// </remarks>
public sealed class MedQaJsonException : JsonException
{
    /// <summary>The longest path, or quoted piece of input in a problem, that the exception carries: 200 characters.</summary>
    public const int MaxEchoLength = 200;

    /// <summary>The longest <see cref="Problem"/>: 1,000 characters.</summary>
    public const int MaxProblemLength = 1_000;

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
        : base(Describe(Safe(message, MaxProblemLength), Safe(path, MaxEchoLength), lineNumber, bytePositionInLine), Safe(path, MaxEchoLength), lineNumber, bytePositionInLine, innerException)
    {
        Problem = Safe(message, MaxProblemLength);
    }

    /// <summary>What is wrong, without the path: such as "Up votes must be 0 or more; got -1.".</summary>
    public string Problem { get; }

    /// <summary>Input quoted in a problem: escaped and capped at <see cref="MaxEchoLength"/>.</summary>
    internal static string Quote(string input) => EchoedText.Escape(input, MaxEchoLength);

    private static string Safe(string? text, int maxLength) => EchoedText.Escape(text ?? string.Empty, maxLength);

    private static string Describe(string message, string path, long? lineNumber, long? bytePositionInLine)
        => lineNumber is { } line && bytePositionInLine is { } position
            ? $"{message} Path: {path} | LineNumber: {line} | BytePositionInLine: {position}."
            : $"{message} Path: {path}";
}
