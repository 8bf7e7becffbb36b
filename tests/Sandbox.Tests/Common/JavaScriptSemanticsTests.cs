using Gateway.Sandbox.Common;

namespace Gateway.Sandbox.Tests.Common;

/// <summary>The Node.js conversions and encodings the ECLAIRE API applies, reproduced by the sandbox.</summary>
public sealed class JavaScriptSemanticsTests
{
    [Theory]
    [InlineData("20", 20)]
    [InlineData(" 20 ", 20)]
    [InlineData("", 0)]
    [InlineData("0x1A", 26)]
    [InlineData("1e2", 100)]
    [InlineData("-5", -5)]
    [InlineData(".5", 0.5)]
    [InlineData("Infinity", double.PositiveInfinity)]
    public void Number_converts_numeric_literals(string text, double expected) => Assert.Equal(expected, JsValues.ToNumber(text));

    [Theory]
    [InlineData("12abc")]
    [InlineData("abc")]
    [InlineData("5,10")]
    [InlineData("0x")]
    public void Number_is_NaN_for_anything_else(string text) => Assert.True(double.IsNaN(JsValues.ToNumber(text)));

    [Theory]
    [InlineData("101", 101)]
    [InlineData("12abc", 12)]
    [InlineData("0x1A", 0)]
    [InlineData("  -7x", -7)]
    [InlineData("5,10", 5)]
    public void ParseInt_reads_the_leading_integer(string text, double expected) => Assert.Equal(expected, JsValues.ParseInt(text));

    [Fact]
    public void ParseInt_is_NaN_without_digits() => Assert.True(double.IsNaN(JsValues.ParseInt("abc")));

    [Theory]
    [InlineData(20, "20")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(2.5, "2.5")]
    public void String_of_a_number(double value, string expected) => Assert.Equal(expected, JsValues.ToJsString(value));

    [Fact]
    public void Query_strings_decode_like_qs_and_order_like_Object_entries()
    {
        var parameters = QueryStringParser.Parse("?b=1&2=x&a=%C3%A9+t&b=2&10=y&bad=%E0%A4%A&flag&&c=");

        Assert.Equal(["2", "10", "b", "a", "bad", "flag", "c"], parameters.Select(p => p.Name));
        Assert.Equal(["1", "2"], parameters.Single(p => p.Name == "b").Values);
        Assert.Equal("1,2", parameters.Single(p => p.Name == "b").Text);
        Assert.Equal("é t", parameters.Single(p => p.Name == "a").Text);
        Assert.Equal("%E0%A4%A", parameters.Single(p => p.Name == "bad").Text);
        Assert.Equal(string.Empty, parameters.Single(p => p.Name == "flag").Text);
        Assert.False(parameters.Single(p => p.Name == "c").IsTruthy);
    }

    [Fact]
    public void Links_are_encoded_like_URLSearchParams()
    {
        Assert.Equal(
            "_include=*&_text=cancer+du+sein&_lastUpdated=gt2020-01-01&x=%C3%A9%3A%2F%2C",
            FormUrlEncoding.Serialize([new("_include", "*"), new("_text", "cancer du sein"), new("_lastUpdated", "gt2020-01-01"), new("x", "é:/,")]));
    }

    [Fact]
    public void Diacritics_are_removed_without_globalization_data()
    {
        Assert.Equal("Helene Francois OEdeme ibuprofene", Diacritics.Remove("Hélène François Œdème ibuprofène"));
    }
}
