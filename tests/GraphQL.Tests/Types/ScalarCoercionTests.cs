using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types.Scalars;

namespace Gateway.GraphQL.Tests.Types;

public class ScalarCoercionTests
{
    [Theory]
    [InlineData(1.0, "1")]
    [InlineData(1.5, "1.5")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(0.0000001, "1e-7")]
    [InlineData(-123.456, "-123.456")]
    [InlineData(1.5e300, "1.5e+300")]
    [InlineData(5e-324, "5e-324")]
    public void JsNumber_prints_like_JavaScript(double value, string expected) =>
        Assert.Equal(expected, JsNumber.ToString(value));

    [Fact]
    public void Int_serializes_integral_numbers_and_refuses_others()
    {
        Assert.Equal(3, BuiltInScalars.Int.Serialize(3.0));
        Assert.Equal(1, BuiltInScalars.Int.Serialize(true));
        Assert.Equal(12, BuiltInScalars.Int.Serialize("12"));
        var error = Assert.Throws<GraphQLException>(() => BuiltInScalars.Int.Serialize(2147483648L));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 2147483648", error.Message);
        Assert.Throws<GraphQLException>(() => BuiltInScalars.Int.Serialize(1.5));
        Assert.Throws<GraphQLException>(() => BuiltInScalars.Int.Serialize("abc"));
    }

    [Fact]
    public void Int_literals_are_32_bit()
    {
        Assert.Equal(-2147483648, BuiltInScalars.Int.ParseLiteral(new IntValueNode("-2147483648"), null));
        Assert.Throws<GraphQLException>(() => BuiltInScalars.Int.ParseLiteral(new IntValueNode("2147483648"), null));
        Assert.Throws<GraphQLException>(() => BuiltInScalars.Int.ParseLiteral(new FloatValueNode("1.0"), null));
    }

    [Fact]
    public void ID_accepts_strings_and_integers()
    {
        Assert.Equal("4", BuiltInScalars.ID.ParseValue(4L));
        Assert.Equal("4", BuiltInScalars.ID.ParseValue(4.0));
        Assert.Equal("abc", BuiltInScalars.ID.ParseValue("abc"));
        Assert.Throws<GraphQLException>(() => BuiltInScalars.ID.ParseValue(4.5));
        Assert.Throws<GraphQLException>(() => BuiltInScalars.ID.ParseValue(true));
        Assert.Equal("12", BuiltInScalars.ID.ParseLiteral(new IntValueNode("12"), null));
        Assert.Throws<GraphQLException>(() => BuiltInScalars.ID.ParseLiteral(new FloatValueNode("1.5"), null));
    }

    [Fact]
    public void String_serializes_numbers_as_JavaScript_does()
    {
        Assert.Equal("1", BuiltInScalars.String.Serialize(1.0));
        Assert.Equal("true", BuiltInScalars.String.Serialize(true));
        Assert.Throws<GraphQLException>(() => BuiltInScalars.String.ParseValue(1));
    }

    [Fact]
    public void Float_and_Boolean_coercion()
    {
        Assert.Equal(2.0, BuiltInScalars.Float.ParseValue(2L));
        Assert.Throws<GraphQLException>(() => BuiltInScalars.Float.ParseValue("2"));
        Assert.Equal(1.0, BuiltInScalars.Float.ParseLiteral(new IntValueNode("1"), null));
        Assert.Equal(false, BuiltInScalars.Boolean.Serialize(0));
        Assert.Throws<GraphQLException>(() => BuiltInScalars.Boolean.ParseValue(1));
    }
}
