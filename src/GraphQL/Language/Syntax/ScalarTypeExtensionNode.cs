namespace Gateway.GraphQL.Language;

/// <summary><c>extend scalar Name @directives</c>.</summary>
public sealed class ScalarTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode> directives, Location? location = null) : TypeExtensionNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;

    public override NameNode Name { get; } = name;
    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}
