using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>A value reaching an output sink: where (in Razor's code, mapped to the .cshtml/.razor line) and what it may carry.</summary>
internal sealed class SinkEvent
{
    public SinkEvent(Location location, ContentValue value)
    {
        Location = location;
        Value = value;
    }

    public Location Location { get; }

    public ContentValue Value { get; }
}
