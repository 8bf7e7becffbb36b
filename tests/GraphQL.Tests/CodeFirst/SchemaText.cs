using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.CodeFirst;

/// <summary>Prints parts of a schema compactly for assertions.</summary>
public static class SchemaText
{
    /// <summary>One line per field: <c>name(arg: Type = default): Type</c>.</summary>
    public static IReadOnlyList<string> Fields(Schema schema, string typeName)
    {
        var type = schema.GetType(typeName);
        return type switch
        {
            IComplexOutputType complex => complex.Fields.Select(Field).ToList(),
            InputObjectType input => input.Fields.Select(Argument).ToList(),
            _ => throw new InvalidOperationException($"{typeName} has no fields."),
        };
    }

    public static string Field(FieldDefinition field) =>
        field.Name + (field.Arguments.Count == 0 ? "" : "(" + string.Join(", ", field.Arguments.Select(Argument)) + ")") + ": " + field.Type;

    public static string Argument(InputValueDefinition argument)
    {
        var text = argument.Name + ": " + argument.Type;
        if (argument.HasDefaultValue)
        {
            var literal = ValueLiterals.FromValue(argument.DefaultValue, argument.Type);
            text += " = " + (literal is null ? "?" : SyntaxPrinter.Print(literal));
        }

        return text;
    }
}
