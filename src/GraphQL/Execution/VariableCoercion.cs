using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// The spec's CoerceVariableValues (section 6.4.1): the operation's variable definitions applied to the
/// request's raw variables. Every problem becomes a request error (no data) with graphql-js's message.
/// </summary>
public static class VariableCoercion
{
    /// <summary>graphql-js stops after this many variable errors.</summary>
    public const int MaxErrors = 50;

    public static IReadOnlyDictionary<string, object?> Coerce(
        Schema schema,
        IReadOnlyList<VariableDefinitionNode> definitions,
        IReadOnlyDictionary<string, object?>? inputs,
        ICollection<GraphQLError> errors,
        bool redactValues = false)
    {
        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            if (errors.Count >= MaxErrors)
            {
                errors.Add(GraphQLError.WithCode("Too many errors processing variables, error limit reached. Execution aborted.", ErrorCodes.BadUserInput));
                break;
            }

            var name = definition.Variable.Name.Value;
            var type = TypeFromSyntax(schema, definition.Type);
            if (type is null || !type.IsInputType)
            {
                errors.Add(Error(
                    $"Variable \"${name}\" expected value of type \"{SyntaxPrinter.Print(definition.Type)}\" which cannot be used as an input type.",
                    definition.Type));
                continue;
            }

            object? value = null;
            if (inputs is null || !inputs.TryGetValue(name, out value))
            {
                if (definition.DefaultValue is not null)
                {
                    if (LiteralCoercion.TryCoerce(definition.DefaultValue, type, null, out var defaultValue))
                    {
                        coerced[name] = defaultValue;
                    }
                }
                else if (type.IsNonNull)
                {
                    errors.Add(Error($"Variable \"${name}\" of required type \"{type}\" was not provided.", definition));
                }

                continue;
            }

            if (value is null && type.IsNonNull)
            {
                errors.Add(Error($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", definition));
                continue;
            }

            var before = errors.Count;
            var result = InputValueCoercion.Coerce(value, type, (path, invalid, message, quotesValue) =>
            {
                if (errors.Count - before >= MaxErrors)
                {
                    return;
                }

                var at = path.Count > 0 ? $" at \"{name}{InputValueCoercion.PrintPath(path)}\"" : string.Empty;
                errors.Add(Error(
                    redactValues
                        ? $"Variable \"${name}\" got an invalid value{at}; " + (quotesValue ? $"it is not a valid \"{TypeAt(type, path)}\"." : message)
                        : $"Variable \"${name}\" got invalid value {InputValueCoercion.Inspect(invalid)}{at}; {message}",
                    definition));
            });

            if (errors.Count == before)
            {
                coerced[name] = result;
            }
        }

        return coerced;
    }

    // The input type expected at a path inside a variable's value (for messages that must not quote the value).
    private static GraphQLType TypeAt(GraphQLType type, IReadOnlyList<object> path)
    {
        foreach (var segment in path)
        {
            var nullable = type.Nullable;
            if (segment is int && nullable is ListType list)
            {
                type = list.OfType;
            }
            else if (segment is string field && nullable is InputObjectType inputObject && inputObject.Fields.Find(field) is { } definition)
            {
                type = definition.Type;
            }
        }

        return type;
    }

    /// <summary>The schema type a type reference names, or null when a named type is unknown.</summary>
    public static GraphQLType? TypeFromSyntax(Schema schema, TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => TypeFromSyntax(schema, nonNull.Type) is { } inner && inner is not NonNullType ? new NonNullType(inner) : null,
        ListTypeNode list => TypeFromSyntax(schema, list.Type) is { } item ? new ListType(item) : null,
        NamedTypeNode named => schema.GetType(named.Name.Value),
        _ => null,
    };

    private static GraphQLError Error(string message, SyntaxNode node) =>
        GraphQLError.WithCode(message, ErrorCodes.BadUserInput, ExecutionErrors.LocationsOf(node));
}
