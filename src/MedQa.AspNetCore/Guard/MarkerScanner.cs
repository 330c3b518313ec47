namespace MedQa.AspNetCore.Guard;

/// <summary>
/// Finds MedQa's answer and disclaimer markers (<see cref="MedQa.Rendering.MedQaMarkup"/>) in UTF-8 HTML that arrives
/// in chunks of any size, keeping only the last <see cref="Carry"/> bytes between chunks: a marker split across
/// writes is found, and nothing is buffered.
/// </summary>
internal sealed class MarkerScanner
{
    /// <summary>One byte less than the longest marker: enough of a chunk's end to complete a marker in the next chunk.</summary>
    internal const int Carry = 22;

    private readonly byte[] _tail = new byte[Carry];
    private int _tailLength;

    private static ReadOnlySpan<byte> Prefix => "data-medqa=\""u8;

    private static ReadOnlySpan<byte> AnswerMarker => "data-medqa=\"answer\""u8;

    private static ReadOnlySpan<byte> DisclaimerMarker => "data-medqa=\"disclaimer\""u8;

    /// <summary>Whether an answer's marker has been seen.</summary>
    internal bool SawAnswer { get; private set; }

    /// <summary>Whether the disclaimer's marker has been seen (after which nothing more needs scanning).</summary>
    internal bool SawDisclaimer { get; private set; }

    /// <summary>Scans the next chunk of the response.</summary>
    internal void Scan(ReadOnlySpan<byte> chunk)
    {
        if (SawDisclaimer || chunk.IsEmpty)
        {
            return;
        }

        if (_tailLength > 0)
        {
            // A marker that starts in the previous chunk ends within this one's first Carry bytes.
            Span<byte> seam = stackalloc byte[2 * Carry];
            var head = chunk[..Math.Min(chunk.Length, Carry)];
            _tail.AsSpan(0, _tailLength).CopyTo(seam);
            head.CopyTo(seam[_tailLength..]);
            Find(seam[..(_tailLength + head.Length)]);
        }

        Find(chunk);
        KeepTail(chunk);
    }

    private void Find(ReadOnlySpan<byte> text)
    {
        int at;
        while ((at = text.IndexOf(Prefix)) >= 0)
        {
            var rest = text[at..];
            if (rest.StartsWith(DisclaimerMarker))
            {
                SawDisclaimer = true;
                return;
            }

            SawAnswer |= rest.StartsWith(AnswerMarker);
            text = rest[Prefix.Length..];
        }
    }

    private void KeepTail(ReadOnlySpan<byte> chunk)
    {
        if (chunk.Length >= Carry)
        {
            chunk[^Carry..].CopyTo(_tail);
            _tailLength = Carry;
            return;
        }

        // Shift what is kept of the old tail left, then append the whole (short) chunk.
        var keep = Math.Min(_tailLength, Carry - chunk.Length);
        _tail.AsSpan(_tailLength - keep, keep).CopyTo(_tail);
        chunk.CopyTo(_tail.AsSpan(keep));
        _tailLength = keep + chunk.Length;
    }
}
