using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>A field of an object or interface type (spec <c>__Field</c>) and, on objects, its resolver.</summary>
public sealed class FieldDefinition(string name, GraphQLType type) : INamedDefinition
{
    public string Name { get; } = name;

    public GraphQLType Type { get; } = type;

    public string? Description { get; init; }

    public DefinitionCollection<InputValueDefinition> Arguments { get; init; } = DefinitionCollection<InputValueDefinition>.Empty;

    /// <summary>The reason given by <c>@deprecated</c>, or null when not deprecated.</summary>
    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>
    /// Produces the field's value from its parent. Null means the schema's default resolver (a property,
    /// dictionary entry or JSON member named like the field).
    /// </summary>
    public FieldResolver? Resolver { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public FieldDefinitionNode? SyntaxNode { get; init; }

    /// <summary>Free-form data attached by schema builders (cost, cache hints, the CLR member).</summary>
    public IReadOnlyDictionary<string, object?> Metadata { get; init; } = EmptyMetadata.Instance;

    public override string ToString() => Name + ": " + Type;
}
