namespace MedQa;

/// <summary>
/// The lower bound of the Wilson score interval for the share of helpful votes: a ranking key that does not
/// favour answers with few votes (Evan Miller, "How Not To Sort By Average Rating").
/// </summary>
/// <remarks>
/// With p = up / n and n = up + down, the bound is
/// <c>(p + z²/2n − z·sqrt((p(1−p) + z²/4n)/n)) / (1 + z²/n)</c>, and 0 when n = 0. The confidence level picks z
/// for a two-sided interval: the default 95% gives z ≈ 1.959964 (the usual "1.96"). For a one-sided 95%
/// bound (z = 1.645) pass 0.90; Reddit's "best" (z = 1.281551565545) is <see cref="LowerBoundForZ"/> with that z.
/// </remarks>
public static class WilsonScore
{
    /// <summary>The default confidence level, 95% (two-sided).</summary>
    public const double DefaultConfidence = 0.95;

    /// <summary>The lower bound at a two-sided confidence level.</summary>
    /// <param name="up">Helpful votes; not negative.</param>
    /// <param name="down">Unhelpful votes; not negative.</param>
    /// <param name="confidence">The two-sided confidence level, strictly between 0 and 1.</param>
    /// <returns>A score in [0, 1]; 0 when there are no votes.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or the confidence is not strictly between 0 and 1.</exception>
    public static double LowerBound(long up, long down, double confidence = DefaultConfidence)
        => LowerBoundForZ(up, down, ZForConfidence(confidence));

    /// <summary>The lower bound for a given z (standard normal quantile).</summary>
    /// <param name="up">Helpful votes; not negative.</param>
    /// <param name="down">Unhelpful votes; not negative.</param>
    /// <param name="z">The quantile; positive and finite.</param>
    /// <returns>A score in [0, 1]; 0 when there are no votes.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or z is not positive and finite.</exception>
    public static double LowerBoundForZ(long up, long down, double z)
    {
        Guard.NotNegative(up, "up votes");
        Guard.NotNegative(down, "down votes");
        if (!(z > 0 && double.IsFinite(z)))
        {
            throw Guard.OutOfRange($"z (the normal quantile) must be a positive finite number, such as 1.96; got {Guard.Number(z)}.", nameof(z), z);
        }

        if (up == 0 && down == 0)
        {
            return 0;
        }

        // The textbook formula multiplied through by n: fewer divisions, and no p(1 − p) cancellation.
        double u = up, d = down;
        var n = u + d;
        var z2 = z * z;
        var bound = (u + (z2 / 2) - (z * Math.Sqrt((u * d / n) + (z2 / 4)))) / (n + z2);

        // Rounding may stray an ulp outside [0, 1]; adding 0.0 turns -0.0 into +0.0.
        return Math.Clamp(bound, 0, 1) + 0.0;
    }

    /// <summary>The z of a two-sided interval at the given confidence level: Φ⁻¹(1 − (1 − confidence) / 2).</summary>
    /// <param name="confidence">Strictly between 0 and 1, such as 0.95.</param>
    /// <returns>The positive z, such as 1.959964 for 0.95.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The confidence is not strictly between 0 and 1.</exception>
    public static double ZForConfidence(double confidence)
    {
        if (!(confidence > 0 && confidence < 1))
        {
            throw Guard.OutOfRange($"Confidence level must be a number strictly between 0 and 1, such as 0.95; got {Guard.Number(confidence)}.", nameof(confidence), confidence);
        }

        return confidence == DefaultConfidence ? Z95 : NormalQuantile.Of(1 - ((1 - confidence) / 2));
    }

    // Φ⁻¹(0.975), so the default path does no quantile arithmetic.
    private const double Z95 = 1.959963984540054;
}
