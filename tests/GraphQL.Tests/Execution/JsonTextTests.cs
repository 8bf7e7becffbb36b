using System.Text.Json;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Execution;

/// <summary>JSON in and out of the engine where JavaScript's JSON differs from strict UTF-16 text.</summary>
public class JsonTextTests
{
    [Fact]
    public void Escaped_lone_surrogates_in_json_input_are_kept_as_javascript_keeps_them()
    {
        using var document = JsonDocument.Parse("""{"v":"a\ud800b","l":["\udc00x","\ud83d\ude00"],"\udfffk":1}""");
        var value = (IReadOnlyDictionary<string, object?>)JsonInput.ToPlainValue(document.RootElement)!;

        Assert.Equal("a\ud800b", value["v"]);
        Assert.Equal(new object?[] { "\udc00x", "\ud83d\ude00" }, (List<object?>)value["l"]!);
        Assert.True(value.ContainsKey("\udfffk"));
        Assert.Equal("q\"\\\n\ud800", JsonInput.GetString(JsonDocument.Parse("\"q\\\"\\\\\\n\\ud800\"").RootElement));
    }

    [Fact]
    public async Task Lone_surrogates_in_string_results_are_written_escaped_not_replaced()
    {
        var schema = SchemaBuilder.FromSdl("type Query { s: String l: [String] }").UseDefaultFieldResolver(
            c => new ValueTask<object?>(c.Field.Name == "s" ? "a\ud800\"\n" : new[] { "\udc00", "\ud83d\ude00" })).Build();
        var result = await new RequestExecutor(schema).ExecuteAsync(new ExecutionRequest { Query = "{ s l }" });

        var json = result.ToJson();
        Assert.Equal("""{"data":{"s":"a\ud800\"\n","l":["\udc00","\uD83D\uDE00"]}}""", json);
        using var reparsed = JsonDocument.Parse(json);
        Assert.Equal("a\ud800\"\n", JsonInput.GetString(reparsed.RootElement.GetProperty("data").GetProperty("s")));
    }

    [Fact]
    public async Task Responses_nested_deeper_than_the_writer_default_are_written()
    {
        object? value = "bottom";
        for (var i = 0; i < 1500; i++)
        {
            value = i % 2 == 0 ? new Dictionary<string, object?> { ["k"] = value } : new List<object?> { value };
        }

        var schema = SchemaBuilder.FromSdl("scalar Any type Query { deep: Any }").UseDefaultFieldResolver(_ => new ValueTask<object?>(value)).Build();
        var result = await new RequestExecutor(schema).ExecuteAsync(new ExecutionRequest { Query = "{ deep }" });

        var json = result.ToJson();
        Assert.StartsWith("""{"data":{"deep":[{"k":[{"k":""", json, StringComparison.Ordinal);
        using var reparsed = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 2000 });
        Assert.Equal(JsonValueKind.Array, reparsed.RootElement.GetProperty("data").GetProperty("deep").ValueKind);
    }
}
