using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>A directive definition (spec section 3.13, <c>__Directive</c>).</summary>
public sealed class DirectiveDefinition : INamedDefinition
{
    public DirectiveDefinition(string name, IEnumerable<DirectiveLocation> locations, IEnumerable<InputValueDefinition>? arguments = null)
    {
        NameValidation.AssertValidName(name);
        Name = name;
        Locations = locations.ToArray();
        Arguments = new DefinitionCollection<InputValueDefinition>(arguments ?? []);
    }

    public string Name { get; }

    public string? Description { get; init; }

    public IReadOnlyList<DirectiveLocation> Locations { get; }

    public DefinitionCollection<InputValueDefinition> Arguments { get; }

    public bool IsRepeatable { get; init; }

    /// <summary>The reason the directive is deprecated, or null (graphql-js 16.15 introspects it).</summary>
    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    public DirectiveDefinitionNode? SyntaxNode { get; init; }

    public override string ToString() => "@" + Name;
}
