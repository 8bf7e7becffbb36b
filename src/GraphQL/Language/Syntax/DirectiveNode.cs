namespace Gateway.GraphQL.Language;

/// <summary><c>@name(args)</c> applied to a definition or selection.</summary>
public sealed class DirectiveNode(NameNode name, IReadOnlyList<ArgumentNode> arguments, Location? location = null) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Directive;

    public NameNode Name { get; } = name;
    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;
}
