namespace Gateway.GraphQL.Types;

/// <summary>An object or interface type: a named type with fields that may implement interfaces.</summary>
public interface IComplexOutputType
{
    string Name { get; }

    DefinitionCollection<FieldDefinition> Fields { get; }

    IReadOnlyList<InterfaceType> Interfaces { get; }
}
