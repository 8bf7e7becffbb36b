using System.Text.Json;
using Gateway.Upstream;

namespace Gateway.Upstream.Tests;

/// <summary><see cref="JsonStrings"/>: a JSON string with an escaped half of a surrogate pair reads, that half as U+FFFD.</summary>
public sealed class JsonStringsTests
{
    [Theory]
    [InlineData("\"plain é\"", "plain é")]
    [InlineData("\"a \\ud800 b\"", "a \uFFFD b")]
    [InlineData("\"\\udc00\"", "\uFFFD")]
    [InlineData("\"\\ud83d\\ude00 \\ud83d\"", "😀 \uFFFD")]
    [InlineData("\"\\ud800\\ud800\\udc00\"", "\uFFFD\U00010000")]
    [InlineData("\"\\\\ud800 \\\"\\ud800\"", "\\ud800 \"\uFFFD")]
    [InlineData("\"\\u0041\\n\\ud800\"", "A\n\uFFFD")]
    public void Lone_surrogate_escapes_read_as_the_replacement_character(string json, string expected)
    {
        using var document = JsonDocument.Parse(json);

        Assert.Equal(expected, JsonStrings.Read(document.RootElement));
    }

    [Theory]
    [InlineData("{\"Cl\\ud800\": 3}", "Cl\uFFFD")]
    [InlineData("{\"a\\\"\\ud800\\\\\": [1, \"x\"]}", "a\"\uFFFD\\")]
    [InlineData("{\"plain\": null}", "plain")]
    public void Lone_surrogate_escapes_in_a_name_read_as_the_replacement_character(string json, string expected)
    {
        using var document = JsonDocument.Parse(json);

        Assert.Equal(expected, JsonStrings.ReadName(document.RootElement.EnumerateObject().Single()));
    }
}
