using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace MedQa.Sample.Web;

/// <summary>
/// ASP.NET Core's rate limiter on every form post, per signed-in account (per address when anonymous, and always for sign-in attempts), in three
/// buckets: votes, posts (questions and answers) and sign-in attempts. The <c>MedQa:RateLimits</c> section sets them;
/// a limited request gets 429 with a Retry-After header, never a 5xx.
/// </summary>
public sealed class SiteRateLimits
{
    /// <summary>Votes per account per minute (Stack Exchange allows 40 a day; a minute's burst is what this guards).</summary>
    public int VotesPerMinute { get; set; } = 30;

    /// <summary>Questions and answers per account per minute.</summary>
    public int PostsPerMinute { get; set; } = 5;

    /// <summary>Sign-in attempts per address per minute.</summary>
    public int SignInsPerMinute { get; set; } = 10;

    /// <summary>Adds the limiter with the configured limits.</summary>
    public static void AddTo(IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection("MedQa:RateLimits").Get<SiteRateLimits>() ?? new SiteRateLimits();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("");
                }

                var (bucket, limit) = BucketOf(context, limits);
                // Sign-in attempts count per address, signed in or not: guessing passwords is what the bucket stops.
                var who = bucket != "sign-in" && context.User.Identity?.IsAuthenticated == true
                    ? "user:" + context.User.Identity.Name
                    : "ip:" + context.Connection.RemoteIpAddress;
                return RateLimitPartition.GetFixedWindowLimiter(
                    bucket + "|" + who,
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, limit), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });
    }

    private static (string Bucket, int Limit) BucketOf(HttpContext context, SiteRateLimits limits)
    {
        var handler = context.Request.Query["handler"].ToString();
        if (string.Equals(handler, "Vote", StringComparison.OrdinalIgnoreCase))
        {
            return ("votes", limits.VotesPerMinute);
        }

        return context.Request.Path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase)
            ? ("sign-in", limits.SignInsPerMinute)
            : ("posts", limits.PostsPerMinute);
    }
}
