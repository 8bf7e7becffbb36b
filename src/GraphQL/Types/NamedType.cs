using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>
/// A type with a name: the unit of a schema's type map. Named types compare by reference (a schema
/// holds one instance per name).
/// </summary>
public abstract class NamedType : GraphQLType
{
    private protected NamedType(string name)
    {
        NameValidation.AssertValidName(name);
        Name = name;
    }

    public string Name { get; }

    public string? Description { get; init; }

    /// <summary>Directives applied to the type in SDL (kept for printing and for the gateway's own directives).</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The SDL definition this type was built from, if any.</summary>
    public TypeDefinitionNode? SyntaxNode { get; init; }

    /// <summary>The SDL extensions merged into this type, if any.</summary>
    public IReadOnlyList<TypeExtensionNode> ExtensionSyntaxNodes { get; init; } = [];

    /// <summary>Free-form data attached by schema builders (e.g. cost, cache hints, the CLR type).</summary>
    public IReadOnlyDictionary<string, object?> Metadata { get; init; } = EmptyMetadata.Instance;

    public override NamedType GetNamedType() => this;

    public override string ToString() => Name;
}
