namespace Gateway.GraphQL.Language;

/// <summary>Conversions between <see cref="DirectiveLocation"/> and the spec's names (<c>FIELD_DEFINITION</c>, ...).</summary>
public static class DirectiveLocations
{
    private static readonly string[] Names =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD",
        "INLINE_FRAGMENT", "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION",
        "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT",
        "INPUT_FIELD_DEFINITION", "DIRECTIVE_DEFINITION",
    ];

    /// <summary>The spec's name of a location, e.g. <c>FIELD_DEFINITION</c>.</summary>
    public static string ToSpecName(this DirectiveLocation location) => Names[(int)location];

    /// <summary>Reads a spec name; false when the name is not a directive location.</summary>
    public static bool TryParse(string name, out DirectiveLocation location)
    {
        var index = Array.IndexOf(Names, name);
        location = (DirectiveLocation)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>True for the locations of executable documents (QUERY ... VARIABLE_DEFINITION).</summary>
    public static bool IsExecutable(this DirectiveLocation location) => location <= DirectiveLocation.VariableDefinition;
}
