using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types.Scalars;

/// <summary>
/// A custom scalar declared in SDL without an implementation: it passes values through unchanged and
/// reads literals as untyped JSON, as graphql-js's <c>buildSchema</c> does.
/// </summary>
public sealed class AnyScalarType(string name) : ScalarType(name)
{
    public override object? Serialize(object? value) => value;

    public override object? ParseValue(object? value) => value;

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        ValueLiterals.ToUntypedValue(literal, variables);
}
