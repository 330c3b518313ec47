using System.Buffers;
using System.Text.Encodings.Web;

namespace MedQa.Rendering;

/// <summary>
/// MedQa HTML not yet written: what <see cref="MedQaHtmlRenderer.RenderContent(QaThread)"/> and its siblings return,
/// so that a page writes the markup straight to its response instead of building a string first. It has the shape of
/// ASP.NET Core's <c>IHtmlContent</c> (<see cref="WriteTo(TextWriter, HtmlEncoder)"/>), which MedQa.AspNetCore adapts.
/// </summary>
/// <remarks>
/// It holds the renderer and the thread or disclaimer, nothing rendered: each write renders anew, and writing to a
/// reused writer or buffer allocates nothing beyond the output. The default value writes nothing. Instances are
/// immutable and thread-safe.
/// </remarks>
public readonly struct MedQaHtmlContent : IEquatable<MedQaHtmlContent>
{
    private readonly MedQaHtmlRenderer? _renderer;
    private readonly object? _value;
    private readonly MedQaHtmlRenderer.Part _part;

    internal MedQaHtmlContent(MedQaHtmlRenderer renderer, object value, MedQaHtmlRenderer.Part part)
    {
        _renderer = renderer;
        _value = value;
        _part = part;
    }

    /// <summary>Writes the HTML, encoding the data's text with the renderer's <see cref="RenderOptions.Encoder"/>.</summary>
    /// <param name="writer">Where to write the HTML.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _renderer?.Write(_part, _value!, writer, _renderer.Options.Encoder);
    }

    /// <summary>
    /// Writes the HTML, encoding the data's text with <paramref name="encoder"/>: the page's encoder, as ASP.NET Core
    /// passes it to every <c>IHtmlContent</c>. The renderer's own markup is the same whatever the encoder.
    /// </summary>
    /// <param name="writer">Where to write the HTML.</param>
    /// <param name="encoder">The encoder for the text that came from data (and from the options' labels).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(encoder);
        _renderer?.Write(_part, _value!, writer, encoder);
    }

    /// <summary>Writes the HTML as UTF-8, encoding the data's text with the renderer's <see cref="RenderOptions.Encoder"/>.</summary>
    /// <param name="utf8">Where to write the UTF-8 bytes of the HTML.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8"/> is null.</exception>
    public void WriteTo(IBufferWriter<byte> utf8)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        _renderer?.Write(_part, _value!, utf8);
    }

    /// <summary>Renders the HTML into a new string: for tests and logs; pages should write it with <c>WriteTo</c>.</summary>
    /// <returns>The HTML; empty for the default value.</returns>
    public override string ToString()
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteTo(writer);
        return writer.ToString();
    }

    /// <summary>Whether both render the same part of the same thread or disclaimer with the same renderer.</summary>
    /// <param name="other">The other content.</param>
    /// <returns>True when both write the same HTML for the same reason.</returns>
    public bool Equals(MedQaHtmlContent other)
        => ReferenceEquals(_renderer, other._renderer) && Equals(_value, other._value) && _part == other._part;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MedQaHtmlContent other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_renderer, _value, _part);

    /// <summary>Whether two contents are equal.</summary>
    /// <param name="left">The first content.</param>
    /// <param name="right">The second content.</param>
    /// <returns>True when they are equal.</returns>
    public static bool operator ==(MedQaHtmlContent left, MedQaHtmlContent right) => left.Equals(right);

    /// <summary>Whether two contents differ.</summary>
    /// <param name="left">The first content.</param>
    /// <param name="right">The second content.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(MedQaHtmlContent left, MedQaHtmlContent right) => !left.Equals(right);
}
