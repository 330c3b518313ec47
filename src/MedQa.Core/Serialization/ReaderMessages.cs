using System.Text.RegularExpressions;

namespace MedQa.Serialization;

/// <summary>
/// Rewrites what System.Text.Json says about bad input into MedQa's wording: one line, addressed to the author of the
/// JSON, naming the field as a user knows it and what it allows, never the serializer's advice to its own caller
/// ("Change the reader options", "isFinalBlock").
/// </summary>
internal static partial class ReaderMessages
{
    /// <summary>What a number field allows, by the end of its JSON path; a type error there says this, not just "not a number".</summary>
    private static readonly (string PathEnd, string Rule)[] NumberRules =
    [
        (".rating.value", "Rating must be a number from 0 to the best value of its scale (5 unless bestValue says otherwise)"),
        (".rating.bestValue", "Best value of the rating scale must be a number from 1 to 100, such as 5 for five stars"),
        (".rating.reviewCount", "Review count must be a whole number, 0 or more"),
    ];

    /// <summary>The problem for a value of the wrong type at <paramref name="path"/>, given what the format expects there.</summary>
    internal static string WrongType(string? path, string expected)
    {
        foreach (var (pathEnd, rule) in NumberRules)
        {
            if (path is not null && path.EndsWith(pathEnd, StringComparison.Ordinal))
            {
                return $"{rule}; the value is not {expected} in that range.";
            }
        }

        return $"The value is not {expected}.";
    }

    /// <summary>Replaces the serializer's advice to its caller with what the author of the JSON can do.</summary>
    internal static string WithoutReaderAdvice(string problem)
    {
        if (problem.Contains("trailing comma", StringComparison.OrdinalIgnoreCase))
        {
            return "A trailing comma is not allowed after the last property or item.";
        }

        if (problem.Contains("does not contain any JSON tokens", StringComparison.Ordinal))
        {
            return "The input is empty; a thread is one JSON object, such as {\"question\": …, \"answers\": […], \"disclaimer\": …}.";
        }

        if (problem.Contains("Comments are not allowed", StringComparison.Ordinal))
        {
            return "Comments are not allowed in the wire format.";
        }

        // Any other sentence of advice to the reader's caller, which the author of the JSON cannot follow.
        return ReaderAdvice().Replace(problem, string.Empty).Trim();
    }

    [GeneratedRegex(@"\s*[^.]*(Change the reader options|isFinalBlock|JsonReaderOptions|JsonSerializerOptions)[^.]*\.")]
    private static partial Regex ReaderAdvice();
}
