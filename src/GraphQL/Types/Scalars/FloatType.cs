using System.Globalization;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types.Scalars;

/// <summary>The built-in <c>Float</c>: a finite double-precision number (spec section 3.5.2).</summary>
public sealed class FloatType : ScalarType
{
    internal FloatType()
        : base("Float")
    {
        Description = "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).";
    }

    public override object? Serialize(object? value)
    {
        double number;
        switch (value)
        {
            case double d when double.IsFinite(d):
                return value;
            case bool b:
                return b ? 1d : 0d;
            case string s when s.Length > 0:
                number = JsNumber.Parse(s);
                break;
            default:
                if (!JsNumber.TryGetDouble(value, out number))
                {
                    throw new GraphQLException("Float cannot represent non numeric value: " + ValueInspector.Inspect(value));
                }

                break;
        }

        if (!double.IsFinite(number))
        {
            throw new GraphQLException("Float cannot represent non numeric value: " + ValueInspector.Inspect(value));
        }

        return number;
    }

    public override object? ParseValue(object? value)
    {
        if (value is bool || !JsNumber.TryGetDouble(value, out var number) || !double.IsFinite(number))
        {
            throw new GraphQLException("Float cannot represent non numeric value: " + ValueInspector.Inspect(value));
        }

        return number;
    }

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal switch
    {
        IntValueNode i => double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => throw new GraphQLException("Float cannot represent non numeric value: " + SyntaxPrinter.Print(literal)),
    };
}
