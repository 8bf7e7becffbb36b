using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>What a <see cref="Schema"/> is built from (graphql-js's GraphQLSchemaConfig).</summary>
public sealed class SchemaDefinition
{
    public required ObjectType Query { get; init; }

    public ObjectType? Mutation { get; init; }

    public ObjectType? Subscription { get; init; }

    /// <summary>Types to include even when no root type reaches them, in the order introspection lists them.</summary>
    public IReadOnlyList<NamedType> Types { get; init; } = [];

    /// <summary>The directives of the schema; null means the built-in ones only.</summary>
    public IReadOnlyList<DirectiveDefinition>? Directives { get; init; }

    public string? Description { get; init; }

    public SchemaDefinitionNode? SyntaxNode { get; init; }

    public IReadOnlyList<SchemaExtensionNode> ExtensionSyntaxNodes { get; init; } = [];

    /// <summary>Resolves fields that have no resolver of their own; null means <see cref="Execution.DefaultFieldResolver"/>.</summary>
    public FieldResolver? DefaultFieldResolver { get; init; }

    public IReadOnlyDictionary<string, object?> Metadata { get; init; } = EmptyMetadata.Instance;

    /// <summary>Whether building checks the spec's type-system rules (on by default).</summary>
    public bool Validate { get; init; } = true;
}
