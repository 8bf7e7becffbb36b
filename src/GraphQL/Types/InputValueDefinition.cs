using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>
/// An argument (of a field or directive) or an input field (of an input object): spec
/// <c>__InputValue</c>. The default value is kept coerced (its internal value, as graphql-js does);
/// introspection and the printer turn it back into a literal.
/// </summary>
public sealed class InputValueDefinition(string name, GraphQLType type) : INamedDefinition
{
    public string Name { get; } = name;

    public GraphQLType Type { get; } = type;

    public string? Description { get; init; }

    /// <summary>True when a default value is defined (it may be null).</summary>
    public bool HasDefaultValue { get; init; }

    /// <summary>The coerced default value; meaningful only when <see cref="HasDefaultValue"/>.</summary>
    public object? DefaultValue { get; init; }

    /// <summary>The default value as written in SDL, when built from SDL (for diagnostics).</summary>
    public ValueNode? DefaultValueSyntax { get; init; }

    /// <summary>The reason given by <c>@deprecated</c>, or null when not deprecated.</summary>
    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Required: non-null and without default (spec: a required argument or input field).</summary>
    public bool IsRequired => Type.IsNonNull && !HasDefaultValue;

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public InputValueDefinitionNode? SyntaxNode { get; init; }

    public IReadOnlyDictionary<string, object?> Metadata { get; init; } = EmptyMetadata.Instance;

    public override string ToString() => Name + ": " + Type;
}
