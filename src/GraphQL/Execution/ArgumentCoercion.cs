using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// The spec's CoerceArgumentValues (section 6.4.1): a field's or directive's argument literals,
/// variables substituted and defaults applied. Problems throw a <see cref="GraphQLException"/> with
/// graphql-js's message, which becomes a field error.
/// </summary>
public static class ArgumentCoercion
{
    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>(0, StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, object?> Coerce(
        DefinitionCollection<InputValueDefinition> definitions,
        IReadOnlyList<ArgumentNode> arguments,
        SyntaxNode owner,
        IReadOnlyDictionary<string, object?> variables,
        bool redactValues = false)
    {
        if (definitions.Count == 0)
        {
            return Empty;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            var type = definition.Type;
            ArgumentNode? argument = null;
            for (var i = arguments.Count - 1; i >= 0; i--)
            {
                if (arguments[i].Name.Value == name)
                {
                    argument = arguments[i];
                    break;
                }
            }

            if (argument is null)
            {
                if (definition.HasDefaultValue)
                {
                    coerced[name] = definition.DefaultValue;
                }
                else if (type.IsNonNull)
                {
                    throw Error($"Argument \"{name}\" of required type \"{type}\" was not provided.", owner);
                }

                continue;
            }

            var literal = argument.Value;
            var isNull = literal is NullValueNode;
            if (literal is VariableNode variable)
            {
                if (!variables.TryGetValue(variable.Name.Value, out var variableValue))
                {
                    if (definition.HasDefaultValue)
                    {
                        coerced[name] = definition.DefaultValue;
                    }
                    else if (type.IsNonNull)
                    {
                        throw Error(
                            $"Argument \"{name}\" of required type \"{type}\" was provided the variable \"${variable.Name.Value}\" which was not provided a runtime value.",
                            literal);
                    }

                    continue;
                }

                isNull = variableValue is null;
            }

            if (isNull && type.IsNonNull)
            {
                throw Error($"Argument \"{name}\" of non-null type \"{type}\" must not be null.", literal);
            }

            if (!LiteralCoercion.TryCoerce(literal, type, variables, out var value))
            {
                throw Error(
                    redactValues ? $"Argument \"{name}\" has an invalid value: it is not a valid \"{type}\"." : $"Argument \"{name}\" has invalid value {SyntaxPrinter.Print(literal)}.",
                    literal);
            }

            coerced[name] = value;
        }

        return coerced;
    }

    /// <summary>True when any argument literal refers to a variable (so the coerced values vary per request).</summary>
    public static bool UsesVariables(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var argument in arguments)
        {
            if (UsesVariables(argument.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool UsesVariables(ValueNode value)
    {
        switch (value)
        {
            case VariableNode:
                return true;
            case ListValueNode list:
                foreach (var item in list.Values)
                {
                    if (UsesVariables(item))
                    {
                        return true;
                    }
                }

                return false;
            case ObjectValueNode obj:
                foreach (var field in obj.Fields)
                {
                    if (UsesVariables(field.Value))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    private static GraphQLException Error(string message, SyntaxNode node) =>
        new(GraphQLError.WithCode(message, ErrorCodes.BadUserInput, ExecutionErrors.LocationsOf(node)));
}
