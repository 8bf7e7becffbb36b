using System.Globalization;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types.Scalars;

/// <summary>The built-in <c>Int</c>: a signed 32-bit integer (spec section 3.5.1).</summary>
public sealed class IntType : ScalarType
{
    // Boxed once: results and coerced values reuse these instead of boxing small integers again.
    private static readonly object[] SmallIntegers = Enumerable.Range(-128, 1152).Select(i => (object)i).ToArray();

    internal IntType()
        : base("Int")
    {
        Description = "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.";
    }

    public override object? Serialize(object? value)
    {
        switch (value)
        {
            case int:
                return value;
            case bool b:
                return Box(b ? 1 : 0);
            case long l when l is >= int.MinValue and <= int.MaxValue:
                return Box((int)l);
        }

        double number;
        if (value is string s && s.Length > 0)
        {
            number = JsNumber.Parse(s);
        }
        else if (!JsNumber.TryGetDouble(value, out number))
        {
            throw new GraphQLException("Int cannot represent non-integer value: " + ValueInspector.Inspect(value));
        }

        if (!JsNumber.IsInteger(number))
        {
            throw new GraphQLException("Int cannot represent non-integer value: " + ValueInspector.Inspect(value));
        }

        if (number is > int.MaxValue or < int.MinValue)
        {
            throw new GraphQLException("Int cannot represent non 32-bit signed integer value: " + ValueInspector.Inspect(value));
        }

        return Box((int)number);
    }

    /// <summary>The boxed integer, shared for small values.</summary>
    internal static object Box(int value) => value is >= -128 and < 1024 ? SmallIntegers[value + 128] : value;

    public override object? ParseValue(object? value)
    {
        if (value is int i)
        {
            return i;
        }

        if (value is bool || !JsNumber.TryGetDouble(value, out var number) || !JsNumber.IsInteger(number))
        {
            throw new GraphQLException("Int cannot represent non-integer value: " + ValueInspector.Inspect(value));
        }

        if (number is > int.MaxValue or < int.MinValue)
        {
            throw new GraphQLException("Int cannot represent non 32-bit signed integer value: " + JsNumber.ToString(number));
        }

        return (int)number;
    }

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        if (literal is not IntValueNode intValue)
        {
            throw new GraphQLException("Int cannot represent non-integer value: " + SyntaxPrinter.Print(literal));
        }

        if (!int.TryParse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            throw new GraphQLException("Int cannot represent non 32-bit signed integer value: " + intValue.Value);
        }

        return result;
    }
}
