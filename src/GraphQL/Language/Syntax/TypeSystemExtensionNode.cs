namespace Gateway.GraphQL.Language;

/// <summary>A schema or type extension.</summary>
public abstract class TypeSystemExtensionNode(Location? location) : DefinitionNode(location);
