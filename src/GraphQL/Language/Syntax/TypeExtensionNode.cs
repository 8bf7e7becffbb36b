namespace Gateway.GraphQL.Language;

/// <summary>An extension of a named type.</summary>
public abstract class TypeExtensionNode(Location? location) : TypeSystemExtensionNode(location)
{
    public abstract NameNode Name { get; }

    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}
