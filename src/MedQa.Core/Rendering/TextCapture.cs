using System.Globalization;

namespace MedQa.Rendering;

/// <summary>The renderers' string conveniences: run a <see cref="TextWriter"/> overload into a string.</summary>
internal static class TextCapture
{
    internal static string Of<TArgument>(TArgument argument, Action<TArgument, TextWriter> write)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        write(argument, writer);
        return writer.ToString();
    }
}
