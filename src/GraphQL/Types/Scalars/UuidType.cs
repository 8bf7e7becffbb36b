using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types.Scalars;

/// <summary>
/// The <c>UUID</c> scalar (RFC 4122, <c>@specifiedBy(url: "https://tools.ietf.org/html/rfc4122")</c>):
/// results are written as 36 lower-case characters with hyphens
/// (<c>2f1c8e4c-57a1-4c0e-9c76-2b5f0c1b7f10</c>); inputs are strings in any of the usual forms (with or
/// without hyphens or braces, any case) and become <see cref="Guid"/> values.
/// </summary>
public sealed class UuidType : ScalarType
{
    public UuidType()
        : base("UUID")
    {
        Description = "The `UUID` scalar type represents a universally unique identifier (RFC 4122), written as a string such as `2f1c8e4c-57a1-4c0e-9c76-2b5f0c1b7f10`.";
        SpecifiedByUrl = "https://tools.ietf.org/html/rfc4122";
    }

    public override object? Serialize(object? value) => value switch
    {
        Guid guid => guid.ToString("D"),
        string s when Guid.TryParse(s, out var parsed) => parsed.ToString("D"),
        _ => throw new GraphQLException("UUID cannot represent value: " + ValueInspector.Inspect(value)),
    };

    public override object? ParseValue(object? value)
    {
        if (value is not string s)
        {
            throw new GraphQLException("UUID cannot represent a non string value: " + ValueInspector.Inspect(value));
        }

        return Guid.TryParse(s, out var parsed)
            ? parsed
            : throw new GraphQLException("UUID cannot represent an invalid UUID string " + ValueInspector.Inspect(s) + ".");
    }

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        if (literal is not StringValueNode s)
        {
            throw new GraphQLException("UUID cannot represent a non string value: " + SyntaxPrinter.Print(literal));
        }

        return Guid.TryParse(s.Value, out var parsed)
            ? parsed
            : throw new GraphQLException("UUID cannot represent an invalid UUID string " + ValueInspector.Inspect(s.Value) + ".");
    }
}
