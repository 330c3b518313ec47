using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using MedQa.Samples;
using MedQa.Serialization;

namespace MedQa.Benchmarks;

/// <summary>
/// The seed thread through the wire format: MedQaJson (source-generated metadata) against the same wire shapes and
/// mapping through reflection-based System.Text.Json with the same settings, the baseline of each category.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SerializationBenchmarks
{
    // The reading settings of MedQaJsonContext, with reflection-based metadata.
    private static readonly JsonSerializerOptions ReflectionRead = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
        MaxDepth = MedQaJson.MaxDepth,
        Converters = { new LengthLimitedStringConverter() },
    };

    // The writing settings of MedQaJsonWriteContext, with reflection-based metadata.
    private static readonly JsonSerializerOptions ReflectionWrite = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly QaThread _thread = SeedThread.Build();
    private readonly string _json = MedQaJson.Serialize(SeedThread.Build());

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Serialize")]
    public string SerializeReflection() => JsonSerializer.Serialize(WireMapper.ToWire(_thread), ReflectionWrite);

    [Benchmark]
    [BenchmarkCategory("Serialize")]
    public string SerializeSourceGenerated() => MedQaJson.Serialize(_thread);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Deserialize")]
    public QaThread DeserializeReflection() => WireMapper.ToModel(JsonSerializer.Deserialize<WireThread>(_json, ReflectionRead));

    [Benchmark]
    [BenchmarkCategory("Deserialize")]
    public QaThread DeserializeSourceGenerated() => MedQaJson.Deserialize(_json);
}
