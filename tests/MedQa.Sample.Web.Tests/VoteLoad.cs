using System.Diagnostics;
using System.Net;

namespace MedQa.Sample.Web.Tests;

/// <summary>
/// Concurrent voters over real HTTP: each signs in as a demo voter on its instance, then casts its share of the votes
/// (up, down or retract, decided by the site's vote rules, from a seeded random sequence) on one answer, one request at a time.
/// </summary>
internal static class VoteLoad
{
    /// <summary>The voters (demo accounts voter-01 … voter-32).</summary>
    public const int Voters = 32;

    /// <summary>The answer everyone votes on.</summary>
    public const string AnswerId = "samir-shureih";

    /// <summary>Votes per run: MEDQA_LOAD_VOTES (the 20,000-vote soak in benchmarks/README.md), else 960 (CI).</summary>
    public static int TotalVotes { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("MEDQA_LOAD_VOTES"), out var votes) && votes > 0 ? Math.Min(votes, 1_000_000) : 960;

    /// <summary>The settings every load-test instance runs with: Development (demo voters), limits out of the way.</summary>
    public static IReadOnlyList<string> Settings(params string[] more) =>
    [
        $"--MedQa:DemoVoters={Voters}", "--MedQa:RateLimits:VotesPerMinute=1000000", "--MedQa:RateLimits:SignInsPerMinute=100000",
        .. more,
    ];

    /// <summary>Runs the load; voter i uses instance i mod the number of instances.</summary>
    public static async Task<VoteLoadResult> RunAsync(IReadOnlyList<Uri> instances, string slug)
    {
        var finalChoices = new string[Voters];
        var statuses = new System.Collections.Concurrent.ConcurrentDictionary<HttpStatusCode, int>();
        var stopwatch = Stopwatch.StartNew();
        await Parallel.ForAsync(0, Voters, new ParallelOptions { MaxDegreeOfParallelism = Voters }, async (voter, _) =>
        {
            using var client = new SiteClient(instances[voter % instances.Count]);
            if (!await client.SignInAsync(Storage.DemoVoterName(voter + 1), "voter-demo"))
            {
                throw new InvalidOperationException($"voter {voter + 1} could not sign in");
            }

            var path = "questions/" + slug;
            var token = await client.TokenAsync(path);
            var random = new Random(voter);
            var share = TotalVotes / Voters + (voter < TotalVotes % Voters ? 1 : 0);
            finalChoices[voter] = "Retract";
            for (var i = 0; i < share; i++)
            {
                var choice = random.Next(3) switch { 0 => "Up", 1 => "Down", _ => "Retract" };
                using var response = await client.PostAsync(path + "?handler=Vote", token, ("answerId", AnswerId), ("choice", choice));
                statuses.AddOrUpdate(response.StatusCode, 1, (_, count) => count + 1);
                if (response.StatusCode == HttpStatusCode.Redirect)
                {
                    finalChoices[voter] = choice;
                }
            }
        });

        return new VoteLoadResult(
            new VoteTally(finalChoices.Count(choice => choice == "Up"), finalChoices.Count(choice => choice == "Down")),
            statuses.ToDictionary(),
            stopwatch.Elapsed);
    }

    /// <summary>Names of the sample's demo voters, as DemoAccounts.VoterName makes them.</summary>
    private static class Storage
    {
        public static string DemoVoterName(int number) => $"voter-{number:00}";
    }
}

/// <summary>What a load run saw.</summary>
/// <param name="Expected">The tally the voters' last accepted votes add up to.</param>
/// <param name="Statuses">How many responses had each status.</param>
/// <param name="Elapsed">The run's duration (reported, never asserted).</param>
internal sealed record VoteLoadResult(VoteTally Expected, IReadOnlyDictionary<HttpStatusCode, int> Statuses, TimeSpan Elapsed)
{
    /// <summary>Responses with a 5xx status.</summary>
    public int ServerErrors => Statuses.Where(pair => (int)pair.Key >= 500).Sum(pair => pair.Value);

    /// <summary>For the test's output and benchmarks/README.md.</summary>
    public string Describe(int instances, string database) =>
        $"{database}, {instances} instance(s), {VoteLoad.Voters} voters, {Statuses.Values.Sum()} votes in {Elapsed.TotalSeconds:F1} s " +
        $"({Statuses.Values.Sum() / Math.Max(Elapsed.TotalSeconds, 0.001):F0} votes/s); statuses: " +
        string.Join(", ", Statuses.OrderBy(pair => pair.Key).Select(pair => $"{(int)pair.Key}×{pair.Value}"));
}
