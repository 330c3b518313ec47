namespace MedQa.EntityFrameworkCore;

/// <summary>A physician's board certification as an owned row.</summary>
public sealed class BoardCertificationRecord
{
    /// <summary>The certifying board's name.</summary>
    public string Board { get; set; } = "";

    /// <summary>The certified specialty, if named.</summary>
    public string? Specialty { get; set; }

    /// <summary>When the site last checked the certification with the board (UTC), if it did.</summary>
    public DateTimeOffset? VerifiedAt { get; set; }

    /// <summary>When the certification lapses unless renewed (UTC), if known.</summary>
    public DateTimeOffset? ValidUntil { get; set; }

    /// <summary>The row for a certification.</summary>
    /// <param name="certification">The certification.</param>
    /// <returns>A new value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="certification"/> is null.</exception>
    public static BoardCertificationRecord From(BoardCertification certification)
    {
        ArgumentNullException.ThrowIfNull(certification);
        return new BoardCertificationRecord
        {
            Board = certification.Board.Name,
            Specialty = certification.Specialty,
            VerifiedAt = certification.VerifiedAt?.ToUniversalTime(),
            ValidUntil = certification.ValidUntil?.ToUniversalTime(),
        };
    }

    /// <summary>The certification this row holds; ABMS membership is recomputed from the board's name.</summary>
    /// <returns>The certification.</returns>
    /// <exception cref="ArgumentException">The board's name is blank or too long, or the dates are inconsistent.</exception>
    public BoardCertification ToBoardCertification() => new(CertifyingBoard.FromName(Board), Specialty, VerifiedAt, ValidUntil);
}
