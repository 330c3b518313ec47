namespace MedQa.AspNetCore;

/// <summary>What <c>UseMedQaDisclaimerGuard</c> does with an HTML response that shows answers without the disclaimer.</summary>
public enum MedQaDisclaimerGuardPolicy
{
    /// <summary>Log a warning naming the request; the response is sent unchanged.</summary>
    LogWarning,

    /// <summary>Log the warning and append the disclaimer's HTML at the end of the response.</summary>
    AppendDisclaimer,

    /// <summary>
    /// Log the warning and replace the response with a 500 page that says what is missing: for Development. The HTML
    /// response is held back (up to <see cref="MedQaDisclaimerGuardOptions.MaxHeldBytes"/>) so it can be replaced.
    /// </summary>
    FailRequest,
}
