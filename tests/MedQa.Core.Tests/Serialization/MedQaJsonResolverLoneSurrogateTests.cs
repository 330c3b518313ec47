using System.Text;
using System.Text.Json;
using MedQa.Serialization;

namespace MedQa.Tests.Serialization;

/// <summary>
/// Issue 11's known gap: <c>JsonSerializer.Deserialize&lt;QaThread&gt;(string, options)</c> transcodes the string to UTF-8
/// before any resolver or converter runs, so a lone surrogate (invalid UTF-16) in that string fails inside
/// System.Text.Json with its own <see cref="ArgumentException"/>, which MedQa cannot intercept (docs/json-format.md).
/// These tests pin that limit and what is not affected by it.
/// </summary>
public sealed class MedQaJsonResolverLoneSurrogateTests
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    // Built here, not passed as theory data: xunit's serialization of test cases would turn it into U+FFFD.
    private static readonly string RawLoneSurrogate = "{\"question\":{\"id\":\"q\",\"title\":\"a\uD800\"}}";

    [Fact]
    public void JsonSerializerDeserializeString_RawLoneSurrogate_ThrowsTheSerializersArgumentException()
    {
        // If System.Text.Json ever hands such a string to the converter, this fails: then MedQaJsonException is possible
        // here too and docs/json-format.md's "known limit" paragraph must go.
        var exception = Record.Exception(() => JsonSerializer.Deserialize<QaThread>(RawLoneSurrogate, Options));

        Assert.IsType<ArgumentException>(exception);
    }

    [Fact]
    public void MedQaJsonDeserializeString_RawLoneSurrogate_ThrowsMedQaJsonExceptionAtItsPath()
    {
        var exception = Assert.IsType<MedQaJsonException>(Record.Exception(() => MedQaJson.Deserialize(RawLoneSurrogate)));

        Assert.Equal("$.question.title", exception.Path);
    }

    [Fact]
    public void JsonSerializerDeserializeUtf8_EscapedLoneSurrogate_ThrowsMedQaJsonException()
    {
        // What ASP.NET Core reads (request bodies are UTF-8 bytes): a lone surrogate can only arrive as a \uD800 escape.
        var utf8 = Encoding.UTF8.GetBytes("{\"question\":{\"id\":\"q\",\"title\":\"a\\uD800\"}}");

        var exception = Record.Exception(() => JsonSerializer.Deserialize<QaThread>(utf8, Options));

        Assert.IsType<MedQaJsonException>(exception);
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.TypeInfoResolverChain.Insert(0, MedQaJsonResolver.Instance);
        options.MakeReadOnly();
        return options;
    }
}
