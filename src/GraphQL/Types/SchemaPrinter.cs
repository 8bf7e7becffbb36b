using System.Text;
using Gateway.GraphQL.Introspection;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types.Scalars;

namespace Gateway.GraphQL.Types;

/// <summary>
/// Prints a schema as SDL, exactly as graphql-js's <c>printSchema</c> does: the schema definition (only
/// when a root type has an unconventional name or the schema has a description), then the directives,
/// then the types, in the schema's order, separated by blank lines; descriptions as block strings when
/// they can be, deprecations, <c>@specifiedBy</c> and <c>@oneOf</c>, default values as literals.
/// </summary>
public static class SchemaPrinter
{
    /// <summary>The schema's own types and directives (graphql-js <c>printSchema</c>).</summary>
    public static string Print(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return PrintFiltered(schema, d => !BuiltInDirectives.IsBuiltIn(d.Name), t => !IsBuiltInType(t));
    }

    /// <summary>The specified directives and the introspection types (graphql-js <c>printIntrospectionSchema</c>).</summary>
    public static string PrintIntrospectionSchema(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return PrintFiltered(schema, d => BuiltInDirectives.IsBuiltIn(d.Name), t => IntrospectionTypes.IsIntrospectionType(t.Name));
    }

    /// <summary>Every directive and every type of the schema, the built-in scalars and introspection types included.</summary>
    public static string PrintWithBuiltIns(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return PrintFiltered(schema, _ => true, _ => true);
    }

    /// <summary>The definition of one named type (graphql-js <c>printType</c>).</summary>
    public static string PrintType(NamedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var builder = new StringBuilder();
        WriteType(builder, type);
        return builder.ToString();
    }

    /// <summary>The definition of one directive.</summary>
    public static string PrintDirective(DirectiveDefinition directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        var builder = new StringBuilder();
        WriteDirective(builder, directive);
        return builder.ToString();
    }

    private static bool IsBuiltInType(NamedType type) =>
        BuiltInScalars.IsBuiltIn(type.Name) || IntrospectionTypes.IsIntrospectionType(type.Name);

    private static string PrintFiltered(Schema schema, Func<DirectiveDefinition, bool> directiveFilter, Func<NamedType, bool> typeFilter)
    {
        var builder = new StringBuilder();
        if (schema.Description is not null || !HasConventionalRootNames(schema))
        {
            WriteSchemaDefinition(builder, schema);
        }

        foreach (var directive in schema.Directives)
        {
            if (directiveFilter(directive))
            {
                Separate(builder);
                WriteDirective(builder, directive);
            }
        }

        foreach (var type in schema.Types)
        {
            if (typeFilter(type))
            {
                Separate(builder);
                WriteType(builder, type);
            }
        }

        return builder.ToString();
    }

    private static void Separate(StringBuilder builder)
    {
        if (builder.Length > 0)
        {
            builder.Append("\n\n");
        }
    }

    private static bool HasConventionalRootNames(Schema schema) =>
        schema.Query.Name == "Query"
        && (schema.Mutation is null || schema.Mutation.Name == "Mutation")
        && (schema.Subscription is null || schema.Subscription.Name == "Subscription");

    private static void WriteSchemaDefinition(StringBuilder builder, Schema schema)
    {
        WriteDescription(builder, schema.Description, string.Empty, firstInBlock: true);
        builder.Append("schema {\n  query: ").Append(schema.Query.Name);
        if (schema.Mutation is not null)
        {
            builder.Append("\n  mutation: ").Append(schema.Mutation.Name);
        }

        if (schema.Subscription is not null)
        {
            builder.Append("\n  subscription: ").Append(schema.Subscription.Name);
        }

        builder.Append("\n}");
    }

    private static void WriteDirective(StringBuilder builder, DirectiveDefinition directive)
    {
        WriteDescription(builder, directive.Description, string.Empty, firstInBlock: true);
        builder.Append("directive @").Append(directive.Name);
        WriteArguments(builder, directive.Arguments, string.Empty);
        WriteDeprecated(builder, directive.DeprecationReason);
        if (directive.IsRepeatable)
        {
            builder.Append(" repeatable");
        }

        builder.Append(" on ").AppendJoin(" | ", directive.Locations.Select(l => l.ToSpecName()));
    }

    private static void WriteType(StringBuilder builder, NamedType type)
    {
        WriteDescription(builder, type.Description, string.Empty, firstInBlock: true);
        switch (type)
        {
            case ScalarType scalar:
                builder.Append("scalar ").Append(scalar.Name);
                if (scalar.SpecifiedByUrl is not null)
                {
                    builder.Append(" @specifiedBy(url: ").Append(PrintString(scalar.SpecifiedByUrl)).Append(')');
                }

                break;
            case ObjectType objectType:
                builder.Append("type ").Append(objectType.Name);
                WriteComplexBody(builder, objectType);
                break;
            case InterfaceType interfaceType:
                builder.Append("interface ").Append(interfaceType.Name);
                WriteComplexBody(builder, interfaceType);
                break;
            case UnionType union:
                builder.Append("union ").Append(union.Name);
                if (union.Types.Count > 0)
                {
                    builder.Append(" = ").AppendJoin(" | ", union.Types.Select(t => t.Name));
                }

                break;
            case EnumType enumType:
                builder.Append("enum ").Append(enumType.Name);
                WriteBlock(builder, enumType.Values, (b, value, first) =>
                {
                    WriteDescription(b, value.Description, "  ", first);
                    b.Append("  ").Append(value.Name);
                    WriteDeprecated(b, value.DeprecationReason);
                });
                break;
            case InputObjectType inputObject:
                builder.Append("input ").Append(inputObject.Name);
                if (inputObject.IsOneOf)
                {
                    builder.Append(" @oneOf");
                }

                WriteBlock(builder, inputObject.Fields, (b, field, first) =>
                {
                    WriteDescription(b, field.Description, "  ", first);
                    b.Append("  ");
                    WriteInputValue(b, field);
                });
                break;
        }
    }

    private static void WriteComplexBody(StringBuilder builder, IComplexOutputType type)
    {
        if (type.Interfaces.Count > 0)
        {
            builder.Append(" implements ").AppendJoin(" & ", type.Interfaces.Select(i => i.Name));
        }

        WriteBlock(builder, type.Fields, (b, field, first) =>
        {
            WriteDescription(b, field.Description, "  ", first);
            b.Append("  ").Append(field.Name);
            WriteArguments(b, field.Arguments, "  ");
            b.Append(": ").Append(field.Type);
            WriteDeprecated(b, field.DeprecationReason);
        });
    }

    private static void WriteBlock<T>(StringBuilder builder, IReadOnlyList<T> items, Action<StringBuilder, T, bool> writeItem)
    {
        if (items.Count == 0)
        {
            return;
        }

        builder.Append(" {\n");
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('\n');
            }

            writeItem(builder, items[i], i == 0);
        }

        builder.Append("\n}");
    }

    private static void WriteArguments(StringBuilder builder, DefinitionCollection<InputValueDefinition> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return;
        }

        // Without descriptions, the arguments fit on one line.
        if (arguments.All(a => string.IsNullOrEmpty(a.Description)))
        {
            builder.Append('(');
            for (var i = 0; i < arguments.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                WriteInputValue(builder, arguments[i]);
            }

            builder.Append(')');
            return;
        }

        builder.Append("(\n");
        for (var i = 0; i < arguments.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('\n');
            }

            WriteDescription(builder, arguments[i].Description, "  " + indentation, i == 0);
            builder.Append("  ").Append(indentation);
            WriteInputValue(builder, arguments[i]);
        }

        builder.Append('\n').Append(indentation).Append(')');
    }

    private static void WriteInputValue(StringBuilder builder, InputValueDefinition value)
    {
        builder.Append(value.Name).Append(": ").Append(value.Type);
        if (value.HasDefaultValue && DefaultLiteral(value) is { } literal)
        {
            builder.Append(" = ").Append(SyntaxPrinter.Print(literal));
        }

        WriteDeprecated(builder, value.DeprecationReason);
    }

    // graphql-js astFromValue; where it has no literal for a value (a list or object held by a custom
    // scalar, for which graphql-js throws), the default as written in SDL.
    private static ValueNode? DefaultLiteral(InputValueDefinition value)
    {
        try
        {
            return ValueLiterals.FromValue(value.DefaultValue, value.Type) ?? value.DefaultValueSyntax;
        }
        catch (GraphQLException) when (value.DefaultValueSyntax is not null)
        {
            return value.DefaultValueSyntax;
        }
    }

    private static void WriteDeprecated(StringBuilder builder, string? reason)
    {
        if (reason is null)
        {
            return;
        }

        builder.Append(" @deprecated");
        if (reason != BuiltInDirectives.DefaultDeprecationReason)
        {
            builder.Append("(reason: ").Append(PrintString(reason)).Append(')');
        }
    }

    private static void WriteDescription(StringBuilder builder, string? description, string indentation, bool firstInBlock)
    {
        if (description is null)
        {
            return;
        }

        var text = SyntaxPrinter.Print(new StringValueNode(description, BlockStrings.IsPrintableAsBlockString(description)));
        if (indentation.Length > 0 && !firstInBlock)
        {
            builder.Append('\n');
        }

        builder.Append(indentation).Append(text.Replace("\n", "\n" + indentation, StringComparison.Ordinal)).Append('\n');
    }

    private static string PrintString(string value) => SyntaxPrinter.Print(new StringValueNode(value, false));
}
