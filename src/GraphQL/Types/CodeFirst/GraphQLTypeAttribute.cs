namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>
/// Overrides the inferred GraphQL type of a field, argument or input field with a type reference in
/// SDL syntax, e.g. <c>[GraphQLType("[ID!]!")]</c> or <c>[GraphQLType("SearchResult")]</c>. The named
/// type must be part of the schema (a built-in or added scalar, or a type the builder knows by name).
/// Values are converted to and from the member's CLR type as for inferred types.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class GraphQLTypeAttribute(string typeReference) : Attribute
{
    public string TypeReference { get; } = typeReference;
}
