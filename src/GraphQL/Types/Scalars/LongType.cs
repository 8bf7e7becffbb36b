using System.Globalization;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types.Scalars;

/// <summary>
/// The <c>Long</c> scalar: a signed 64-bit integer, written as a JSON number (as HotChocolate's
/// <c>Long</c>). Clients that read numbers as doubles (JavaScript) lose precision beyond 2^53.
/// Coercion follows the built-in <c>Int</c> with a 64-bit range; inputs become <see cref="long"/>.
/// </summary>
public sealed class LongType : ScalarType
{
    // 2^63 as a double: the first double above long.MaxValue.
    private const double TwoPow63 = 9223372036854775808.0;

    public LongType()
        : base("Long")
    {
        Description = "The `Long` scalar type represents non-fractional signed whole 64-bit numeric values. Long can represent values between -(2^63) and 2^63 - 1.";
    }

    public override object? Serialize(object? value)
    {
        switch (value)
        {
            case long l:
                return l;
            case int or short or byte or sbyte or ushort or uint:
                return Convert.ToInt64(value, CultureInfo.InvariantCulture);
            case ulong ul:
                return ul <= long.MaxValue
                    ? (long)ul
                    : throw new GraphQLException("Long cannot represent non 64-bit signed integer value: " + ValueInspector.Inspect(value));
            case bool b:
                return b ? 1L : 0L;
            case decimal m:
                return decimal.Truncate(m) == m && m >= long.MinValue && m <= long.MaxValue
                    ? (long)m
                    : throw NonInteger(m, value);
            case string s when long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed):
                return parsed;
        }

        double number;
        if (value is string text && text.Length > 0)
        {
            number = JsNumber.Parse(text);
        }
        else if (!JsNumber.TryGetDouble(value, out number))
        {
            throw new GraphQLException("Long cannot represent non-integer value: " + ValueInspector.Inspect(value));
        }

        return FromDouble(number, value);
    }

    public override object? ParseValue(object? value)
    {
        switch (value)
        {
            case long l:
                return l;
            case int or short or byte or sbyte or ushort or uint:
                return Convert.ToInt64(value, CultureInfo.InvariantCulture);
            case ulong ul when ul <= long.MaxValue:
                return (long)ul;
            case decimal m when decimal.Truncate(m) == m && m >= long.MinValue && m <= long.MaxValue:
                return (long)m;
        }

        if (value is bool || !JsNumber.TryGetDouble(value, out var number))
        {
            throw new GraphQLException("Long cannot represent non-integer value: " + ValueInspector.Inspect(value));
        }

        return FromDouble(number, value);
    }

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        if (literal is not IntValueNode intValue)
        {
            throw new GraphQLException("Long cannot represent non-integer value: " + SyntaxPrinter.Print(literal));
        }

        return long.TryParse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw new GraphQLException("Long cannot represent non 64-bit signed integer value: " + intValue.Value);
    }

    private static long FromDouble(double number, object? original)
    {
        if (!JsNumber.IsInteger(number))
        {
            throw new GraphQLException("Long cannot represent non-integer value: " + ValueInspector.Inspect(original));
        }

        if (number >= TwoPow63 || number < -TwoPow63)
        {
            throw new GraphQLException("Long cannot represent non 64-bit signed integer value: " + ValueInspector.Inspect(original));
        }

        return (long)number;
    }

    private static GraphQLException NonInteger(decimal number, object? original) => decimal.Truncate(number) == number
        ? new GraphQLException("Long cannot represent non 64-bit signed integer value: " + ValueInspector.Inspect(original))
        : new GraphQLException("Long cannot represent non-integer value: " + ValueInspector.Inspect(original));
}
