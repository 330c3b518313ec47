namespace MedQa;

/// <summary>A physician's certification by a <see cref="CertifyingBoard"/>, optionally in a named specialty.</summary>
public sealed record BoardCertification
{
    /// <summary>Creates a certification.</summary>
    /// <param name="board">The certifying board.</param>
    /// <param name="specialty">The certified specialty or subspecialty, such as "Dermatology"; optional.</param>
    /// <exception cref="ArgumentNullException"><paramref name="board"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="specialty"/> is blank or longer than 200 characters.</exception>
    public BoardCertification(CertifyingBoard board, string? specialty = null)
    {
        Board = Guard.NotNull(board, "certifying board");
        Specialty = Guard.OptionalText(specialty, "certified specialty");
    }

    /// <summary>The certifying board.</summary>
    public CertifyingBoard Board { get; }

    /// <summary>The certified specialty, when stated.</summary>
    public string? Specialty { get; }

    /// <summary>"Board certified by {board}", with the specialty when stated.</summary>
    /// <returns>Such as "Board certified in Dermatology by the American Board of Dermatology".</returns>
    public override string ToString()
        => Specialty is null ? $"Board certified by the {Board.Name}" : $"Board certified in {Specialty} by the {Board.Name}";
}
