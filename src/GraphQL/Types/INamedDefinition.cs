namespace Gateway.GraphQL.Types;

/// <summary>A schema element looked up by name: a field, argument, input field, enum value or directive.</summary>
public interface INamedDefinition
{
    string Name { get; }
}
