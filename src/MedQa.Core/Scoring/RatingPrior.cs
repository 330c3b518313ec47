namespace MedQa;

/// <summary>
/// The prior of a Bayesian-average rating: the rating assumed before any review (<see cref="Mean"/>, as a
/// fraction of the scale) and how many reviews' worth of weight it carries (<see cref="Weight"/>).
/// </summary>
/// <remarks>
/// Write a prior in stars with <see cref="Stars"/> (<c>RatingPrior.Stars(mean: 4, weight: 5)</c>), or as a fraction
/// with the constructor (<c>new RatingPrior(0.8, 5)</c>); both are the <see cref="Default"/>.
/// The Bayesian average is <c>(C·m + Σ stars) / (C + n)</c> on the fraction scale. With the
/// <see cref="Default"/> prior (m = 0.8, i.e. 4 of 5 stars; C = 5 reviews), 4.9 stars from 26 reviews scores
/// 0.951 and 5.0 from one review 0.833, so the well-reviewed physician ranks first.
/// </remarks>
public readonly record struct RatingPrior
{
    /// <summary>m = 0.8 (4 of 5 stars), C = 5 reviews.</summary>
    public static RatingPrior Default { get; } = new(0.8, 5);

    /// <summary>Creates a prior from a fraction of the scale; for stars, such as 4 of 5, call <see cref="Stars"/>.</summary>
    /// <param name="mean">The assumed rating as a fraction of the scale, from 0 to 1: 0.8 is 4 of 5 stars.</param>
    /// <param name="weight">How many reviews the prior counts as; from 0 to 1,000,000,000.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of its range; a mean above 1 is answered with the <see cref="Stars"/> call to write.</exception>
    public RatingPrior(double mean, double weight)
    {
        // A mean above 1 is almost always stars ("4 of 5"): say which call takes them.
        if (mean > 1 && mean <= (double)StarRating.MaxBestValue)
        {
            var scale = mean > (double)StarRating.FiveStars ? ", bestValue: (the best value of your scale)" : string.Empty;
            throw Guard.OutOfRange(
                $"Prior mean must be a fraction of the scale from 0 to 1 (4 of 5 stars is 0.8); got {Guard.Number(mean)}: for stars write RatingPrior.Stars(mean: {Guard.Number(mean)}, weight: {Guard.Number(weight)}{scale}).",
                nameof(mean),
                mean);
        }

        Mean = Guard.InRange(mean, 0, 1, "prior mean (a fraction of the scale)");
        Weight = Guard.InRange(weight, 0, MaxWeight, "prior weight (in reviews)");
    }

    /// <summary>The most reviews' worth of weight a prior may carry.</summary>
    public const double MaxWeight = 1e9;

    /// <summary>Creates a prior in stars on the ratings' scale: <c>RatingPrior.Stars(mean: 4, weight: 5)</c> assumes 4 of 5 stars, worth 5 reviews.</summary>
    /// <param name="mean">The assumed rating in stars, from 0 to <paramref name="bestValue"/>.</param>
    /// <param name="weight">How many reviews the prior counts as; from 0 to <see cref="MaxWeight"/>.</param>
    /// <param name="bestValue">The best value of the scale the mean is on (<see cref="StarRating.BestValue"/>); 5 by default.</param>
    /// <returns>The prior, its <see cref="Mean"/> being <paramref name="mean"/> / <paramref name="bestValue"/>; it applies to ratings on any scale.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of its range (the exception names which).</exception>
    public static RatingPrior Stars(double mean, double weight, double bestValue = (double)StarRating.FiveStars)
    {
        if (!(bestValue >= (double)StarRating.MinBestValue && bestValue <= (double)StarRating.MaxBestValue))
        {
            throw Guard.OutOfRange($"Best value of the scale must be a number from 1 to 100, such as 5 for five stars; got {Guard.Number(bestValue)}.", nameof(bestValue), bestValue);
        }

        Guard.InRange(mean, 0, bestValue, $"prior mean (in stars out of {Guard.Number(bestValue)})");
        return new RatingPrior(mean / bestValue, weight);
    }

    /// <summary>The assumed rating, as a fraction of the scale.</summary>
    public double Mean { get; }

    /// <summary>How many reviews the prior counts as.</summary>
    public double Weight { get; }

    /// <summary>The Bayesian average of a rating as a fraction of its scale; the prior's mean when there is no rating or no review.</summary>
    /// <param name="rating">The rating; null when the physician has none.</param>
    /// <returns>A score from 0 to 1; multiply by the rating's <see cref="StarRating.BestValue"/> for stars.</returns>
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
