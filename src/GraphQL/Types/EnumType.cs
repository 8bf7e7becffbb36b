using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types.Scalars;

namespace Gateway.GraphQL.Types;

/// <summary>An enum type: named values, each with an internal value (spec section 3.9).</summary>
public sealed class EnumType : NamedType
{
    private readonly Dictionary<object, EnumValueDefinition> _byValue = [];

    public EnumType(string name, IEnumerable<EnumValueDefinition> values)
        : base(name)
    {
        Values = new DefinitionCollection<EnumValueDefinition>(values);
        foreach (var value in Values)
        {
            _byValue.TryAdd(value.Value, value);
        }
    }

    public override TypeKind Kind => TypeKind.Enum;

    public DefinitionCollection<EnumValueDefinition> Values { get; }

    /// <summary>The CLR enum this type mirrors, for code-first schemas.</summary>
    public Type? RuntimeType { get; init; }

    /// <summary>Result coercion: the name of the value whose internal value equals <paramref name="value"/>.</summary>
    public object? Serialize(object? value)
    {
        if (value is not null && _byValue.TryGetValue(value, out var definition))
        {
            return definition.Name;
        }

        throw new GraphQLException($"Enum \"{Name}\" cannot represent value: {ValueInspector.Inspect(value)}");
    }

    /// <summary>Input coercion from a variable value: the value's name, as a string.</summary>
    public object? ParseValue(object? value)
    {
        if (value is not string name)
        {
            throw new GraphQLException($"Enum \"{Name}\" cannot represent non-string value: {ValueInspector.Inspect(value)}." + DidYouMean(ValueInspector.Inspect(value)));
        }

        return Values.TryGetValue(name, out var definition)
            ? definition.Value
            : throw new GraphQLException($"Value \"{name}\" does not exist in \"{Name}\" enum." + DidYouMean(name));
    }

    /// <summary>Input coercion from a literal: an enum value name.</summary>
    public object? ParseLiteral(ValueNode literal)
    {
        if (literal is not EnumValueNode enumValue)
        {
            var text = SyntaxPrinter.Print(literal);
            throw new GraphQLException($"Enum \"{Name}\" cannot represent non-enum value: {text}." + DidYouMean(text));
        }

        return Values.TryGetValue(enumValue.Value, out var definition)
            ? definition.Value
            : throw new GraphQLException($"Value \"{enumValue.Value}\" does not exist in \"{Name}\" enum." + DidYouMean(enumValue.Value));
    }

    private string DidYouMean(string unknown) =>
        Suggestions.DidYouMean("the enum value", Suggestions.SuggestionList(unknown, Values.Select(v => v.Name)));
}
