using System.Globalization;

namespace MedQa;

/// <summary>
/// A physician's aggregate star rating: the average value on a scale from 0 to <see cref="BestValue"/>, and
/// how many reviews it averages. Shown as on the seed page: "4.9 out of 5 stars 26 reviews".
/// </summary>
public readonly record struct StarRating
{
    /// <summary>The usual five-star scale.</summary>
    public const decimal FiveStars = 5m;

    /// <summary>The smallest best value of a scale: 1.</summary>
    public const decimal MinBestValue = 1m;

    /// <summary>The largest best value of a scale: 100.</summary>
    public const decimal MaxBestValue = 100m;

    /// <summary>Creates a rating.</summary>
    /// <param name="value">The average rating, from 0 to <paramref name="bestValue"/>.</param>
    /// <param name="reviewCount">How many reviews the average is over; not negative.</param>
    /// <param name="bestValue">The best value of the scale, from <see cref="MinBestValue"/> (1) to <see cref="MaxBestValue"/> (100). Five stars by default.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of its range (the exception names which).</exception>
    public StarRating(decimal value, long reviewCount, decimal bestValue = FiveStars)
    {
        // At least 1: a scale's best value is 1, 5, 10 or 100, and no smaller value survives decimal's 28 places
        // (a JSON bestValue of 1e-30 would read as 0).
        if (bestValue is < MinBestValue or > MaxBestValue)
        {
            throw new ArgumentOutOfRangeException(nameof(bestValue), bestValue, $"The best value of a rating scale must be at least {MinBestValue} and at most {MaxBestValue}.");
        }

        if (value < 0 || value > bestValue)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"A rating must be between 0 and {bestValue}.");
        }

        Value = value;
        ReviewCount = Guard.NotNegative(reviewCount);
        BestValue = bestValue;
    }

    /// <summary>The average rating.</summary>
    public decimal Value { get; }

    /// <summary>How many reviews the average is over.</summary>
    public long ReviewCount { get; }

    /// <summary>The best value of the scale, 5 for five stars.</summary>
    public decimal BestValue { get; }

    /// <summary>The rating as a fraction of the scale, from 0 to 1.</summary>
    public double Fraction => BestValue == 0 ? 0 : (double)(Value / BestValue);

    /// <summary>The seed page's line: "4.9 out of 5 stars 26 reviews" ("1 review" in the singular).</summary>
    public override string ToString()
    {
        var reviews = ReviewCount == 1 ? "review" : "reviews";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Value.ToString("0.##", CultureInfo.InvariantCulture)} out of {BestValue.ToString("0.##", CultureInfo.InvariantCulture)} stars {ReviewCount} {reviews}");
    }
}
