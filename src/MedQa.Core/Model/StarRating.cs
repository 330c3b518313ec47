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

    /// <summary>Creates a rating from exact decimal values, such as <c>new StarRating(4.9m, 26)</c>.</summary>
    /// <param name="value">The average rating, from 0 to <paramref name="bestValue"/>.</param>
    /// <param name="reviewCount">How many reviews the average is over; 0 or more.</param>
    /// <param name="bestValue">The best value of the scale, from <see cref="MinBestValue"/> (1) to <see cref="MaxBestValue"/> (100). Five stars by default.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of its range (the exception names which).</exception>
    public StarRating(decimal value, long reviewCount, decimal bestValue = FiveStars)
    {
        // At least 1: a scale's best value is 1, 5, 10 or 100, and no smaller value survives decimal's 28 places
        // (a JSON bestValue of 1e-30 would read as 0).
        if (bestValue is < MinBestValue or > MaxBestValue)
        {
            throw Guard.OutOfRange(BestValueRule + $"; got {bestValue.ToString(CultureInfo.InvariantCulture)}.", nameof(bestValue), bestValue);
        }

        if (value < 0 || value > bestValue)
        {
            throw Guard.OutOfRange(ValueRule(bestValue.ToString(CultureInfo.InvariantCulture)) + $"; got {value.ToString(CultureInfo.InvariantCulture)}.", nameof(value), value);
        }

        Value = value;
        ReviewCount = Guard.NotNegative(reviewCount, "review count");
        BestValue = bestValue;
    }

    /// <summary>Creates a rating from <see cref="double"/> literals, such as <c>new StarRating(4.9, 26)</c>.</summary>
    /// <remarks>
    /// The values are stored as <see cref="decimal"/>: each is converted to the nearest decimal of 15 significant
    /// digits, so <c>4.9</c> is exactly <c>4.9m</c> and the rating displays "4.9", never "4.9000000000000004".
    /// </remarks>
    /// <param name="value">The average rating, from 0 to <paramref name="bestValue"/>; finite.</param>
    /// <param name="reviewCount">How many reviews the average is over; 0 or more.</param>
    /// <param name="bestValue">The best value of the scale, from <see cref="MinBestValue"/> (1) to <see cref="MaxBestValue"/> (100). Five stars by default.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of its range or not finite (the exception names which).</exception>
    public StarRating(double value, long reviewCount, double bestValue = (double)FiveStars)
        : this(CheckedValue(value, bestValue), reviewCount, (decimal)bestValue)
    {
    }

    /// <summary>Creates a rating from whole numbers, such as <c>new StarRating(5, 1)</c> (without it, an <see cref="int"/> would fit both other constructors).</summary>
    /// <param name="value">The average rating, from 0 to <paramref name="bestValue"/>.</param>
    /// <param name="reviewCount">How many reviews the average is over; 0 or more.</param>
    /// <param name="bestValue">The best value of the scale, from <see cref="MinBestValue"/> (1) to <see cref="MaxBestValue"/> (100). Five stars by default.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of its range (the exception names which).</exception>
    public StarRating(int value, long reviewCount, int bestValue = (int)FiveStars)
        : this((decimal)value, reviewCount, (decimal)bestValue)
    {
    }

    /// <summary>The average rating.</summary>
    public decimal Value { get; }

    /// <summary>How many reviews the average is over.</summary>
    public long ReviewCount { get; }

    /// <summary>The best value of the scale, 5 for five stars.</summary>
    public decimal BestValue { get; }

    /// <summary>The rating as a fraction of the scale, from 0 to 1.</summary>
    public double Fraction => BestValue == 0 ? 0 : (double)(Value / BestValue);

    private const string BestValueRule = "Best value of the rating scale must be a number from 1 to 100, such as 5 for five stars";

    private static string ValueRule(string bestValue) => $"Rating must be a number from 0 to {bestValue} (the best value of its scale)";

    // Checked in double first, so NaN, infinities and 1e30 get the rule, not an OverflowException from the conversion.
    private static decimal CheckedValue(double value, double bestValue)
    {
        if (!(bestValue >= (double)MinBestValue && bestValue <= (double)MaxBestValue))
        {
            throw Guard.OutOfRange(BestValueRule + $"; got {Guard.Number(bestValue)}.", nameof(bestValue), bestValue);
        }

        return value >= 0 && value <= bestValue
            ? (decimal)value
            : throw Guard.OutOfRange(ValueRule(Guard.Number(bestValue)) + $"; got {Guard.Number(value)}.", nameof(value), value);
    }

    /// <summary>The seed page's line: "4.9 out of 5 stars 26 reviews" ("1 review" in the singular).</summary>
    /// <returns>Such as "4.9 out of 5 stars 26 reviews".</returns>
    public override string ToString()
    {
        var reviews = ReviewCount == 1 ? "review" : "reviews";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Value.ToString("0.##", CultureInfo.InvariantCulture)} out of {BestValue.ToString("0.##", CultureInfo.InvariantCulture)} stars {ReviewCount} {reviews}");
    }
}
