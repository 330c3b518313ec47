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

    /// <summary>Creates a rating.</summary>
    /// <param name="value">The average rating, from 0 to <paramref name="bestValue"/>.</param>
    /// <param name="reviewCount">How many reviews the average is over; not negative.</param>
    /// <param name="bestValue">The best value of the scale; positive, at most 100. Five stars by default.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of its range (the exception names which).</exception>
    public StarRating(decimal value, long reviewCount, decimal bestValue = FiveStars)
    {
        if (bestValue is <= 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(bestValue), bestValue, "The best value of a rating scale must be above 0 and at most 100.");
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
