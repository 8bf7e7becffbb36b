using System.Collections;
using System.Globalization;
using System.Text.Json;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types.Scalars;

namespace Gateway.GraphQL.Types;

/// <summary>
/// Conversions between internal values and literals that do not depend on execution: printing a default
/// value (graphql-js <c>astFromValue</c>) and reading a literal without a type (<c>valueFromASTUntyped</c>).
/// </summary>
public static class ValueLiterals
{
    /// <summary>
    /// The literal of an internal value of an input type, or null when none can be produced (the value is
    /// absent, or null for a non-null type). Input objects print their fields in definition order, lists
    /// their items, a non-list value for a list type as that one item.
    /// </summary>
    public static ValueNode? FromValue(object? value, GraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            var inner = FromValue(value, nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }

        if (value is null)
        {
            return new NullValueNode();
        }

        switch (type)
        {
            case ListType list:
                if (value is not string && value is IEnumerable items && !IsDictionary(value))
                {
                    var nodes = new List<ValueNode>();
                    foreach (var item in items)
                    {
                        var node = FromValue(item, list.OfType);
                        if (node is not null)
                        {
                            nodes.Add(node);
                        }
                    }

                    return new ListValueNode(nodes);
                }

                return FromValue(value, list.OfType);

            case InputObjectType inputObject:
                if (value is not IReadOnlyDictionary<string, object?> fields)
                {
                    return null;
                }

                var objectFields = new List<ObjectFieldNode>();
                foreach (var field in inputObject.Fields)
                {
                    if (fields.TryGetValue(field.Name, out var fieldValue))
                    {
                        var node = FromValue(fieldValue, field.Type);
                        if (node is not null)
                        {
                            objectFields.Add(new ObjectFieldNode(new NameNode(field.Name), node));
                        }
                    }
                }

                return new ObjectValueNode(objectFields);

            case EnumType enumType:
                var name = enumType.Serialize(value);
                return name is string s ? new EnumValueNode(s) : null;

            case ScalarType scalar:
                return scalar.ToLiteral(value);

            default:
                return null;
        }
    }

    /// <summary>The literal of a serialized scalar value (bool, number or string); null when it has none.</summary>
    public static ValueNode? FromSerializedValue(object? serialized)
    {
        switch (serialized)
        {
            case null:
                return null;
            case bool b:
                return new BooleanValueNode(b);
            case string s:
                return new StringValueNode(s, false);
            case JsonElement element:
                return FromJsonElement(element);
        }

        if (JsNumber.TryGetDouble(serialized, out var number))
        {
            if (!double.IsFinite(number))
            {
                return null;
            }

            var text = serialized is int or long or short or byte or sbyte or uint or ulong or ushort
                ? Convert.ToString(serialized, CultureInfo.InvariantCulture)!
                : JsNumber.ToString(number);
            return IsIntegerText(text) ? new IntValueNode(text) : new FloatValueNode(text);
        }

        return null;
    }

    /// <summary>True for text of the form <c>-?(0|[1-9][0-9]*)</c>.</summary>
    public static bool IsIntegerText(string text)
    {
        var i = text.StartsWith('-') ? 1 : 0;
        if (i >= text.Length)
        {
            return false;
        }

        if (text[i] == '0')
        {
            return i + 1 == text.Length;
        }

        for (; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A literal read without a type (graphql-js <c>valueFromASTUntyped</c>): ints and floats as doubles,
    /// strings and enum names as strings, lists and objects as lists and ordered dictionaries, variables
    /// looked up (absent variables are left out of lists and objects).
    /// </summary>
    public static object? ToUntypedValue(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        switch (literal)
        {
            case NullValueNode:
                return null;
            case IntValueNode i:
                return double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            case FloatValueNode f:
                return double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            case StringValueNode s:
                return s.Value;
            case EnumValueNode e:
                return e.Value;
            case BooleanValueNode b:
                return b.Value;
            case ListValueNode list:
                var items = new List<object?>(list.Values.Count);
                foreach (var item in list.Values)
                {
                    items.Add(ToUntypedValue(item, variables));
                }

                return items;
            case ObjectValueNode obj:
                var fields = new OrderedDictionary<string, object?>(obj.Fields.Count, StringComparer.Ordinal);
                foreach (var field in obj.Fields)
                {
                    // A field set to a variable without value is left out (undefined in graphql-js).
                    if (field.Value is VariableNode missing && (variables is null || !variables.ContainsKey(missing.Name.Value)))
                    {
                        continue;
                    }

                    fields[field.Name.Value] = ToUntypedValue(field.Value, variables);
                }

                return fields;
            case VariableNode variable:
                return variables is not null && variables.TryGetValue(variable.Name.Value, out var value) ? value : null;
            default:
                return null;
        }
    }

    private static ValueNode? FromJsonElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => new StringValueNode(element.GetString()!, false),
        JsonValueKind.True => new BooleanValueNode(true),
        JsonValueKind.False => new BooleanValueNode(false),
        JsonValueKind.Number => FromSerializedValue(element.GetDouble()),
        JsonValueKind.Array => new ListValueNode(element.EnumerateArray().Select(FromJsonElement).OfType<ValueNode>().ToList()),
        JsonValueKind.Object => new ObjectValueNode(element.EnumerateObject()
            .Select(p => (p.Name, Value: FromJsonElement(p.Value)))
            .Where(p => p.Value is not null)
            .Select(p => new ObjectFieldNode(new NameNode(p.Name), p.Value!))
            .ToList()),
        _ => new NullValueNode(),
    };

    private static bool IsDictionary(object value) => value is IDictionary || value is IReadOnlyDictionary<string, object?>;
}
