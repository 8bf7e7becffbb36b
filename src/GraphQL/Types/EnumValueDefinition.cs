using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>
/// One value of an enum type (spec <c>__EnumValue</c>): its name, as clients see it, and the internal value
/// resolvers use (the name itself for SDL-first enums, the CLR enum member for code-first ones).
/// </summary>
public sealed class EnumValueDefinition(string name, object? value = null) : INamedDefinition
{
    public string Name { get; } = name;

    /// <summary>The internal value; the name when none was given.</summary>
    public object Value { get; } = value ?? name;

    public string? Description { get; init; }

    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public EnumValueDefinitionNode? SyntaxNode { get; init; }

    public override string ToString() => Name;
}
