namespace Gateway.GraphQL.Language;

/// <summary>The places a directive may be applied (spec section 3.13, <c>DirectiveLocations</c>).</summary>
public enum DirectiveLocation
{
    // Executable directive locations.
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,

    // Type system directive locations.
    Schema,
    Scalar,
    Object,
    FieldDefinition,
    ArgumentDefinition,
    Interface,
    Union,
    Enum,
    EnumValue,
    InputObject,
    InputFieldDefinition,

    /// <summary>
    /// A directive definition: graphql-js 16.15 lists it (for the directive-deprecation proposal), so
    /// introspection offers it too.
    /// </summary>
    DirectiveDefinition,
}
