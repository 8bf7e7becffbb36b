using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation;

/// <summary>
/// A variable used as a value: the node, the input type expected where it stands, whether that
/// position has a default value, and the input type of the enclosing list or input object.
/// </summary>
public readonly record struct VariableUsage(VariableNode Node, GraphQLType? Type, bool HasDefaultValue, GraphQLType? ParentType);
