using System.Text.Json.Nodes;
using MedQa.Serialization;

namespace MedQa.Tests.Serialization;

/// <summary>Tests that change the process's time zone (TZ), so they run alone, after the parallel tests.</summary>
[CollectionDefinition(nameof(LocalTimeZoneCollection), DisableParallelization = true)]
public sealed class LocalTimeZoneCollection;

/// <summary>Issue 9, point 3: the same file means the same instants on servers in different time zones.</summary>
[Collection(nameof(LocalTimeZoneCollection))]
public class MedQaJsonTimeZoneTests
{
    private static readonly string Valid = MedQaJson.Serialize(MedQaJsonTests.FullThread());

    public static TheoryData<string> Zones() => new() { "America/New_York", "Asia/Tokyo" };

    private static T InTimeZone<T>(string zone, Func<T> read)
    {
        var saved = Environment.GetEnvironmentVariable("TZ");
        Environment.SetEnvironmentVariable("TZ", zone);
        TimeZoneInfo.ClearCachedData();
        try
        {
            Assert.Equal(zone, TimeZoneInfo.Local.Id);
            return read();
        }
        finally
        {
            Environment.SetEnvironmentVariable("TZ", saved);
            TimeZoneInfo.ClearCachedData();
        }
    }

    private static string WithAskedAt(string value)
    {
        var root = JsonNode.Parse(Valid)!;
        root["question"]!["askedAt"] = value;
        return root.ToJsonString();
    }

    [Theory]
    [MemberData(nameof(Zones))]
    public void Deserialize_DateTimeWithoutOffset_IsRejectedInEveryTimeZone(string zone)
    {
        var dateTime = InTimeZone(zone, () => Record.Exception(() => MedQaJson.Deserialize(WithAskedAt("2025-03-14T09:30:00"))));
        var date = InTimeZone(zone, () => Record.Exception(() => MedQaJson.Deserialize(WithAskedAt("2025-03-14"))));

        Assert.Equal("$.question.askedAt", Assert.IsType<MedQaJsonException>(dateTime).Path);
        Assert.Equal("$.question.askedAt", Assert.IsType<MedQaJsonException>(date).Path);
    }

    [Fact]
    public void Deserialize_DateTimeWithOffset_IsTheSameInstantInBothTimeZones()
    {
        var json = WithAskedAt("2025-03-14T09:30:00-05:00");

        var newYork = InTimeZone("America/New_York", () => MedQaJson.Deserialize(json).Question.AskedAt);
        var tokyo = InTimeZone("Asia/Tokyo", () => MedQaJson.Deserialize(json).Question.AskedAt);

        Assert.Equal(newYork, tokyo);
        Assert.Equal(TimeSpan.FromHours(-5), tokyo!.Value.Offset);
    }
}
