using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types.Scalars;

/// <summary>The built-in <c>Boolean</c> (spec section 3.5.4).</summary>
public sealed class BooleanType : ScalarType
{
    private static readonly object True = true;
    private static readonly object False = false;

    internal BooleanType()
        : base("Boolean")
    {
        Description = "The `Boolean` scalar type represents `true` or `false`.";
    }

    public override object? Serialize(object? value)
    {
        if (value is bool b)
        {
            return b ? True : False;
        }

        if (JsNumber.TryGetDouble(value, out var number) && double.IsFinite(number))
        {
            return number != 0 ? True : False;
        }

        throw new GraphQLException("Boolean cannot represent a non boolean value: " + ValueInspector.Inspect(value));
    }

    public override object? ParseValue(object? value) => value is bool b
        ? b
        : throw new GraphQLException("Boolean cannot represent a non boolean value: " + ValueInspector.Inspect(value));

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        literal is BooleanValueNode b
            ? b.Value
            : throw new GraphQLException("Boolean cannot represent a non boolean value: " + SyntaxPrinter.Print(literal));
}
