namespace MedQa;

/// <summary>
/// An answer's conflict-of-interest disclosure (JAMA's "disclosure" benchmark, HONcode principle 8): either
/// <see cref="None"/> (the author declares no conflict) or the author's statement of one.
/// </summary>
/// <remarks>An answer without any disclosure has none stated (null), which is not the same as <see cref="None"/>. Instances are immutable and compare by value.</remarks>
public sealed record Disclosure
{
    /// <summary>The longest statement accepted.</summary>
    public const int MaxStatementLength = 2_000;

    /// <summary>The author declares no conflict of interest.</summary>
    public static Disclosure None { get; } = new(statement: null);

    private Disclosure(string? statement) => Statement = statement;

    /// <summary>The author's statement of a conflict (ownership, sponsorship, payments); null for <see cref="None"/>.</summary>
    public string? Statement { get; }

    /// <summary>Whether the author declared a conflict of interest.</summary>
    public bool HasConflict => Statement is not null;

    /// <summary>A declared conflict of interest.</summary>
    /// <param name="statement">The statement, such as "Consultant to a maker of sclerosants"; non-blank, at most <see cref="MaxStatementLength"/> characters.</param>
    /// <returns>The disclosure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="statement"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="statement"/> is blank or too long.</exception>
    public static Disclosure Of(string statement) => new(Guard.NotBlank(statement, MaxStatementLength));

    /// <summary>"No conflicts of interest", or the statement.</summary>
    /// <returns>The display text.</returns>
    public override string ToString() => Statement ?? "No conflicts of interest";
}
