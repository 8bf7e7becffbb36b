namespace Gateway.GraphQL.Language;

/// <summary>A schema, type or directive definition.</summary>
public abstract class TypeSystemDefinitionNode(Location? location) : DefinitionNode(location);
