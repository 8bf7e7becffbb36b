using System.Globalization;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types.Scalars;

/// <summary>The built-in <c>ID</c>: serialized as a string, accepted as a string or an integer (spec section 3.5.5).</summary>
public sealed class IdType : ScalarType
{
    internal IdType()
        : base("ID")
    {
        Description = "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.";
    }

    public override object? Serialize(object? value)
    {
        switch (value)
        {
            case string s:
                return s;
            case int or long or short or byte or uint or ulong or ushort or sbyte:
                return Convert.ToString(value, CultureInfo.InvariantCulture);
            case Guid g:
                return g.ToString();
        }

        if (value is not bool && JsNumber.TryGetDouble(value, out var number) && JsNumber.IsInteger(number))
        {
            return JsNumber.ToString(number);
        }

        throw new GraphQLException("ID cannot represent value: " + ValueInspector.Inspect(value));
    }

    public override object? ParseValue(object? value)
    {
        switch (value)
        {
            case string s:
                return s;
            case int or long or short or byte or uint or ulong or ushort or sbyte:
                return Convert.ToString(value, CultureInfo.InvariantCulture);
        }

        if (value is not bool && JsNumber.TryGetDouble(value, out var number) && JsNumber.IsInteger(number))
        {
            return JsNumber.ToString(number);
        }

        throw new GraphQLException("ID cannot represent value: " + ValueInspector.Inspect(value));
    }

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw new GraphQLException("ID cannot represent a non-string and non-integer value: " + SyntaxPrinter.Print(literal)),
    };

    public override ValueNode? ToLiteral(object? value)
    {
        var serialized = Serialize(value);
        return serialized is string s && ValueLiterals.IsIntegerText(s) ? new IntValueNode(s) : ValueLiterals.FromSerializedValue(serialized);
    }
}
