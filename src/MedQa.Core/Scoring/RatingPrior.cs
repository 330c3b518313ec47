namespace MedQa;

/// <summary>
/// The prior of a Bayesian-average rating: the rating assumed before any review (<see cref="Mean"/>, as a
/// fraction of the scale) and how many reviews' worth of weight it carries (<see cref="Weight"/>).
/// </summary>
/// <remarks>
/// The Bayesian average is <c>(C·m + Σ stars) / (C + n)</c> on the fraction scale. With the
/// <see cref="Default"/> prior (m = 0.8, i.e. 4 of 5 stars; C = 5 reviews), 4.9 stars from 26 reviews scores
/// 0.951 and 5.0 from one review 0.833, so the well-reviewed physician ranks first.
/// </remarks>
public readonly record struct RatingPrior
{
    /// <summary>m = 0.8 (4 of 5 stars), C = 5 reviews.</summary>
    public static RatingPrior Default { get; } = new(0.8, 5);

    /// <summary>Creates a prior.</summary>
    /// <param name="mean">The assumed rating as a fraction of the scale, from 0 to 1.</param>
    /// <param name="weight">How many reviews the prior counts as; not negative, finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of its range.</exception>
    public RatingPrior(double mean, double weight)
    {
        Mean = Guard.InRange(mean, 0, 1);
        Weight = Guard.InRange(weight, 0, 1e9);
    }

    /// <summary>The assumed rating, as a fraction of the scale.</summary>
    public double Mean { get; }

    /// <summary>How many reviews the prior counts as.</summary>
    public double Weight { get; }

    /// <summary>The Bayesian average of a rating as a fraction of its scale; the prior's mean when there is no rating or no review.</summary>
    public double Average(StarRating? rating)
    {
        if (rating is not { ReviewCount: > 0 } known)
        {
            return Mean;
        }

        double reviews = known.ReviewCount;
        return ((Weight * Mean) + (known.Fraction * reviews)) / (Weight + reviews);
    }
}
