using System.Text.Json;

namespace Gateway.Posos.Tests;

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
}
