using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types.Scalars;

/// <summary>The built-in <c>String</c>: UTF-8 text (spec section 3.5.3).</summary>
public sealed class StringType : ScalarType
{
    internal StringType()
        : base("String")
    {
        Description = "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.";
    }

    public override object? Serialize(object? value)
    {
        switch (value)
        {
            case string s:
                return s;
            case bool b:
                return b ? "true" : "false";
            case char c:
                return c.ToString();
            case Guid or DateTime or DateTimeOffset or DateOnly or TimeOnly or Uri or Enum:
                return Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (JsNumber.TryGetDouble(value, out var number) && double.IsFinite(number))
        {
            return value is int or long or short or byte or uint or ulong or ushort or sbyte
                ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)
                : JsNumber.ToString(number);
        }

        throw new GraphQLException("String cannot represent value: " + ValueInspector.Inspect(value));
    }

    public override object? ParseValue(object? value) => value as string
        ?? throw new GraphQLException("String cannot represent a non string value: " + ValueInspector.Inspect(value));

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        literal is StringValueNode s
            ? s.Value
            : throw new GraphQLException("String cannot represent a non string value: " + SyntaxPrinter.Print(literal));
}
