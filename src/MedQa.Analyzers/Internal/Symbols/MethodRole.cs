namespace MedQa.Analyzers.Internal;

/// <summary>What a called method does with the content passed to it.</summary>
internal enum MethodRole
{
    /// <summary>An ordinary method: its text result carries content when an argument or its receiver does.</summary>
    None,

    /// <summary>An output sink: content passed to it is rendered.</summary>
    Sink,

    /// <summary>Marked <c>[RendersMedicalDisclaimer]</c>.</summary>
    RendersDisclaimer,

    /// <summary>Serialization and other excluded APIs: their result never counts as rendered content.</summary>
    Excluded,

    /// <summary>A method of the assembly that defines the markers (MedQa.Core): values of marked types passed to it flow into its text result.</summary>
    MarkerLibrary,
}
