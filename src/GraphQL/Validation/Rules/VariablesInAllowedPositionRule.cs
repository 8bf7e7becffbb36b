using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.5 "All Variable Usages Are Allowed": a variable's type fits every position it is used in
/// (a nullable variable may fill a non-null position only when it or the position has a default
/// value), and a variable filling a field of a OneOf input object is non-null.
/// </summary>
public sealed class VariablesInAllowedPositionRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, VariableDefinitionNode> _definitions = new(StringComparer.Ordinal);

    public override void EnterOperationDefinition(OperationDefinitionNode node) => _definitions.Clear();

    public override void EnterVariableDefinition(VariableDefinitionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        _definitions[node.Variable.Name.Value] = node;
    }

    public override void LeaveOperationDefinition(OperationDefinitionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var schema = Context.Schema;
        foreach (var usage in Context.GetRecursiveVariableUsages(node))
        {
            var name = usage.Node.Name.Value;
            if (usage.Type is not { } locationType || !_definitions.TryGetValue(name, out var definition))
            {
                continue;
            }

            var variableType = TypeInfo.TypeFromSyntax(schema, definition.Type);
            if (variableType is null)
            {
                continue;
            }

            if (!IsAllowed(schema, variableType, definition.DefaultValue, locationType, usage.HasDefaultValue))
            {
                Context.ReportError(
                    $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                    definition,
                    usage.Node);
            }

            if (usage.ParentType is InputObjectType { IsOneOf: true } parentType && variableType is not NonNullType)
            {
                Context.ReportError(
                    $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{parentType.Name}\".",
                    definition,
                    usage.Node);
            }
        }
    }

    /// <summary>True when <paramref name="maybeSubType"/> may be used where <paramref name="superType"/> is expected (graphql-js <c>isTypeSubTypeOf</c>).</summary>
    public static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(maybeSubType);
        ArgumentNullException.ThrowIfNull(superType);
        while (true)
        {
            if (ReferenceEquals(maybeSubType, superType))
            {
                return true;
            }

            if (superType is NonNullType superNonNull)
            {
                if (maybeSubType is NonNullType subNonNull)
                {
                    maybeSubType = subNonNull.OfType;
                    superType = superNonNull.OfType;
                    continue;
                }

                return false;
            }

            if (maybeSubType is NonNullType nonNull)
            {
                maybeSubType = nonNull.OfType;
                continue;
            }

            if (superType is ListType superList)
            {
                if (maybeSubType is ListType subList)
                {
                    maybeSubType = subList.OfType;
                    superType = superList.OfType;
                    continue;
                }

                return false;
            }

            if (maybeSubType is ListType)
            {
                return false;
            }

            return superType is NamedType { IsAbstractType: true } abstractType
                && maybeSubType is ObjectType or InterfaceType
                && schema.IsSubType(abstractType, (NamedType)maybeSubType);
        }
    }

    private static bool IsAllowed(Schema schema, GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, bool locationHasDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && !locationHasDefault)
            {
                return false;
            }

            return IsTypeSubTypeOf(schema, variableType, nonNullLocation.OfType);
        }

        return IsTypeSubTypeOf(schema, variableType, locationType);
    }
}
