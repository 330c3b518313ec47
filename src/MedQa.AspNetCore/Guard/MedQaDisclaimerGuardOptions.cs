namespace MedQa.AspNetCore;

/// <summary>How <c>UseMedQaDisclaimerGuard</c> treats HTML responses that show MedQa answers without the disclaimer.</summary>
public sealed class MedQaDisclaimerGuardOptions
{
    /// <summary>The largest value of <see cref="MaxHeldBytes"/>: 64 MiB.</summary>
    public const int MaxHeldBytesLimit = 64 * 1024 * 1024;

    private int _maxHeldBytes = 1024 * 1024;

    /// <summary>
    /// The policy; null (the default) means <see cref="MedQaDisclaimerGuardPolicy.FailRequest"/> in the Development
    /// environment and <see cref="MedQaDisclaimerGuardPolicy.AppendDisclaimer"/> everywhere else.
    /// </summary>
    public MedQaDisclaimerGuardPolicy? Policy { get; set; }

    /// <summary>
    /// For <see cref="MedQaDisclaimerGuardPolicy.FailRequest"/> only: how much of an HTML response is held back so that
    /// it can still be replaced, 1 MiB by default. A longer response is streamed from then on, and if it lacks the
    /// disclaimer it ends with the error message instead of being replaced.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or over <see cref="MaxHeldBytesLimit"/>.</exception>
    public int MaxHeldBytes
    {
        get => _maxHeldBytes;
        set => _maxHeldBytes = value is >= 0 and <= MaxHeldBytesLimit
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxHeldBytes), value, $"MaxHeldBytes must be between 0 and {MaxHeldBytesLimit}.");
    }
}
