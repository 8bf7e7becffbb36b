namespace Gateway.GraphQL.Language;

/// <summary>The definition of a named type.</summary>
public abstract class TypeDefinitionNode(Location? location) : TypeSystemDefinitionNode(location)
{
    public abstract StringValueNode? Description { get; }

    public abstract NameNode Name { get; }

    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}
