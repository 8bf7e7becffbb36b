namespace Gateway.GraphQL.Language;

/// <summary>A query, mutation or subscription (shorthand <c>{ ... }</c> is a nameless query).</summary>
public sealed class OperationDefinitionNode(OperationType operation, NameNode? name, IReadOnlyList<VariableDefinitionNode> variableDefinitions, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet, Location? location = null) : ExecutableDefinitionNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;

    public OperationType Operation { get; } = operation;

    /// <summary>
    /// The description before the definition (graphql-js 16.11+ accepts descriptions on executable definitions);
    /// null when there is none.
    /// </summary>
    public StringValueNode? Description { get; init; }

    public NameNode? Name { get; } = name;
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; } = variableDefinitions;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public SelectionSetNode SelectionSet { get; } = selectionSet;
}
