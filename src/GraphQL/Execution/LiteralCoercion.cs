using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// Coerces a literal (possibly containing variables) to the internal value of an input type, the
/// spec's CoerceArgumentValues/ValueFromAST step (graphql-js <c>valueFromAST</c>). Returns false when
/// the literal is invalid for the type; validation reports why, so no message is produced here.
/// </summary>
public static class LiteralCoercion
{
    /// <summary>Coerces <paramref name="literal"/> for <paramref name="type"/>; false when it is not a valid value.</summary>
    public static bool TryCoerce(ValueNode literal, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (literal is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
            {
                return false;
            }

            if (variableValue is null && type.IsNonNull)
            {
                return false;
            }

            value = variableValue;
            return true;
        }

        if (type is NonNullType nonNull)
        {
            return literal is not NullValueNode && TryCoerce(literal, nonNull.OfType, variables, out value);
        }

        if (literal is NullValueNode)
        {
            return true;
        }

        switch (type)
        {
            case ListType list:
                return TryCoerceList(literal, list, variables, out value);
            case InputObjectType inputObject:
                return TryCoerceInputObject(literal, inputObject, variables, out value);
            case EnumType enumType:
                try
                {
                    value = enumType.ParseLiteral(literal);
                    return true;
                }
                catch (GraphQLException)
                {
                    return false;
                }

            case ScalarType scalar:
                try
                {
                    value = scalar.ParseLiteral(literal, variables);
                    return true;
                }
                catch (GraphQLException)
                {
                    return false;
                }

            default:
                return false;
        }
    }

    /// <summary>True when the literal is a variable that has no value.</summary>
    public static bool IsMissingVariable(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        literal is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));

    private static bool TryCoerceList(ValueNode literal, ListType list, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        var itemType = list.OfType;
        if (literal is not ListValueNode listValue)
        {
            // A single value is coerced to a list of one item.
            if (TryCoerce(literal, itemType, variables, out var single))
            {
                value = new List<object?>(1) { single };
                return true;
            }

            value = null;
            return false;
        }

        var items = new List<object?>(listValue.Values.Count);
        foreach (var itemLiteral in listValue.Values)
        {
            if (IsMissingVariable(itemLiteral, variables))
            {
                if (itemType.IsNonNull)
                {
                    value = null;
                    return false;
                }

                items.Add(null);
                continue;
            }

            if (!TryCoerce(itemLiteral, itemType, variables, out var item))
            {
                value = null;
                return false;
            }

            items.Add(item);
        }

        value = items;
        return true;
    }

    private static bool TryCoerceInputObject(ValueNode literal, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (literal is not ObjectValueNode objectValue)
        {
            return false;
        }

        var fieldLiterals = new Dictionary<string, ValueNode>(objectValue.Fields.Count, StringComparer.Ordinal);
        foreach (var field in objectValue.Fields)
        {
            fieldLiterals[field.Name.Value] = field.Value;
        }

        var result = new OrderedDictionary<string, object?>(type.Fields.Count, StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!fieldLiterals.TryGetValue(field.Name, out var fieldLiteral) || IsMissingVariable(fieldLiteral, variables))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.DefaultValue;
                }
                else if (field.Type.IsNonNull)
                {
                    return false;
                }

                continue;
            }

            if (!TryCoerce(fieldLiteral, field.Type, variables, out var fieldValue))
            {
                return false;
            }

            result[field.Name] = fieldValue;
        }

        if (type.IsOneOf && (result.Count != 1 || result.GetAt(0).Value is null))
        {
            return false;
        }

        value = result;
        return true;
    }
}
