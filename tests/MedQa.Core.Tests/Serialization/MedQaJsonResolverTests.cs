using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using FsCheck.Xunit;
using MedQa.Samples;
using MedQa.Serialization;

namespace MedQa.Tests.Serialization;

/// <summary>The wire format through System.Text.Json itself: what Results.Json, [FromBody] and ReadFromJsonAsync use.</summary>
public class MedQaJsonResolverTests
{
    // Web defaults and a naming policy that would change every name: the wire format must not care.
    private static readonly JsonSerializerOptions Options = Create(static options =>
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseUpper;
        options.Converters.Add(new JsonStringEnumConverter());
    });

    private static readonly HashSet<string> SyntaxErrorsInsideTheThread = ["single quotes", "nesting deeper than the limit"];

    private readonly QaThread _seed = SeedThread.Build();

    private static JsonSerializerOptions Create(Action<JsonSerializerOptions>? configure = null)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.TypeInfoResolverChain.Insert(0, MedQaJsonResolver.Instance);
        configure?.Invoke(options);
        options.MakeReadOnly();
        return options;
    }

    [Fact]
    public void Serialize_WithResolver_IsExactlyTheWireFormat()
    {
        var thread = MedQaJsonTests.FullThread();

        Assert.Equal(MedQaJson.Serialize(thread), JsonSerializer.Serialize(thread, Options));
        Assert.Equal(MedQaJson.Serialize(_seed), JsonSerializer.Serialize(_seed, Options));
    }

    [Fact]
    public void Serialize_IndentedOptions_IsTheIndentedWireFormat()
    {
        var options = Create(static options => options.WriteIndented = true);

        Assert.Equal(MedQaJson.Serialize(_seed, indented: true), JsonSerializer.Serialize(_seed, options));
    }

    [Fact]
    public void Deserialize_WithResolver_ReadsTheWireFormat()
    {
        var thread = MedQaJsonTests.FullThread();

        Assert.Equal(thread, JsonSerializer.Deserialize<QaThread>(MedQaJson.Serialize(thread), Options));
        Assert.Equal(_seed, JsonSerializer.Deserialize<QaThread>(Encoding.UTF8.GetBytes(MedQaJson.Serialize(_seed)), Options));
    }

    [Fact]
    public async Task DeserializeAsync_StreamWithResolver_ReadsTheWireFormat()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(MedQaJson.Serialize(_seed, indented: true)));

        Assert.Equal(_seed, await JsonSerializer.DeserializeAsync<QaThread>(stream, Options));
    }

    [Fact]
    public void Serialize_ThreadInsideAList_WritesEachInTheWireFormat()
    {
        var options = Create(static options => options.TypeInfoResolverChain.Add(new DefaultJsonTypeInfoResolver()));

        var json = JsonSerializer.Serialize(new List<QaThread> { _seed, _seed }, options);

        Assert.Equal($"[{MedQaJson.Serialize(_seed)},{MedQaJson.Serialize(_seed)}]", json);
        Assert.Equal([_seed, _seed], JsonSerializer.Deserialize<List<QaThread>>(json, options)!);
    }

    [Fact]
    public void Serialize_ReflectionResolverWithoutMedQas_StillTheWireFormat()
    {
        // [JsonConverter] on QaThread: a host that never heard of the resolver gets the wire format, not .NET properties.
        var options = new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

        Assert.Equal(MedQaJson.Serialize(_seed), JsonSerializer.Serialize(_seed, options));
        Assert.Equal(_seed, JsonSerializer.Deserialize<QaThread>(MedQaJson.Serialize(_seed), options));
    }

    [Fact]
    public void GetTypeInfo_OtherTypes_LeavesThemToTheNextResolver()
    {
        Assert.Null(MedQaJsonResolver.Instance.GetTypeInfo(typeof(Answer), JsonSerializerOptions.Default));
        Assert.Null(MedQaJsonResolver.Instance.GetTypeInfo(typeof(string), JsonSerializerOptions.Default));
        Assert.Equal(typeof(QaThread), MedQaJsonResolver.Instance.GetTypeInfo(typeof(QaThread), JsonSerializerOptions.Default)!.Type);
    }

    [Fact]
    public void Deserialize_JsonNull_IsANullThreadButMedQaJsonRejectsIt()
    {
        Assert.Null(JsonSerializer.Deserialize<QaThread>("null", Options));
        Assert.Equal("$", Assert.Throws<MedQaJsonException>(() => MedQaJson.Deserialize("null")).Path);
    }

    [Theory]
    [MemberData(nameof(MedQaJsonBadInputTests.Cases), MemberType = typeof(MedQaJsonBadInputTests))]
    public void Deserialize_BadInputWithResolver_ThrowsAtTheSamePath(string @case, string json, string path)
    {
        if (json == "null")
        {
            return;
        }

        var exception = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<QaThread>(json, Options));

        // The serializer checks a converter's value is well-formed JSON before reading it, so a syntax error inside
        // the thread is found there: at "$", with its line and byte position.
        var expected = SyntaxErrorsInsideTheThread.Contains(@case) ? "$" : path;
        Assert.True(expected == exception.Path, $"{@case}: expected {expected}, got {exception.Path}: {exception.Message}");
        Assert.True(exception is MedQaJsonException || path == "$", $"{@case}: {exception.GetType()} at {exception.Path}");
        Assert.True(!SyntaxErrorsInsideTheThread.Contains(@case) || exception.BytePositionInLine > 0, exception.Message);
    }

    [Fact]
    public void Serialize_HostEncoderWritesNonAsciiUnescaped_WireFormatOtherwise()
    {
        var thread = ThreadWithTitle("Варикоз: «тромбы» <после> склеротерапии?");
        var options = Create(static options => options.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));

        var json = JsonSerializer.Serialize(thread, options);

        Assert.Contains("Варикоз: «тромбы»", json, StringComparison.Ordinal);
        Assert.Contains("\\u003Cпосле\\u003E", json, StringComparison.Ordinal);
        Assert.Equal(thread, MedQaJson.Deserialize(json));
        Assert.DoesNotContain("Варикоз", MedQaJson.Serialize(thread), StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_WriterOptionsEncoder_WritesNonAsciiUnescaped()
    {
        var thread = ThreadWithTitle("Thrombose après sclérothérapie");
        var writerOptions = new JsonWriterOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), Indented = true };

        var json = MedQaJson.Serialize(thread, writerOptions);
        using var stream = new MemoryStream();
        MedQaJson.Serialize(thread, stream, writerOptions);

        Assert.Contains("\"title\": \"Thrombose après sclérothérapie\"", json, StringComparison.Ordinal);
        Assert.Equal(json, Encoding.UTF8.GetString(stream.ToArray()));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(MedQaJson.Serialize(thread)), JsonNode.Parse(json)));
    }

    [Fact]
    public void TryDeserialize_ValidJson_ReturnsTheThread()
    {
        var json = MedQaJson.Serialize(_seed);

        Assert.True(MedQaJson.TryDeserialize(json, out var thread, out var error));
        Assert.Equal(_seed, thread);
        Assert.Null(error);
        Assert.True(MedQaJson.TryDeserialize(Encoding.UTF8.GetBytes(json), out thread, out error));
        Assert.Equal(_seed, thread);
        Assert.Null(error);
    }

    [Theory]
    [MemberData(nameof(MedQaJsonBadInputTests.Cases), MemberType = typeof(MedQaJsonBadInputTests))]
    public void TryDeserialize_BadInput_ReturnsFalseWithTheErrorAtPath(string @case, string json, string path)
    {
        Assert.False(MedQaJson.TryDeserialize(json, out var thread, out var error), @case);
        Assert.Null(thread);
        Assert.Equal(path, error.Path);
        Assert.False(MedQaJson.TryDeserialize(Encoding.UTF8.GetBytes(json), out thread, out error), @case);
        Assert.Null(thread);
        Assert.Equal(path, error.Path);
    }

    [Property(Arbitrary = [typeof(ThreadArbitraries)], MaxTest = 200)]
    public bool Serialize_AnyValidThreadWithResolver_IsTheWireFormatAndReadsBack(QaThread thread)
    {
        var json = JsonSerializer.Serialize(thread, Options);
        return json == MedQaJson.Serialize(thread) && JsonSerializer.Deserialize<QaThread>(json, Options) == thread;
    }

    private QaThread ThreadWithTitle(string title)
        => new(new Question("q", title), _seed.Answers, _seed.Disclaimer, _seed.LastReviewed);
}
