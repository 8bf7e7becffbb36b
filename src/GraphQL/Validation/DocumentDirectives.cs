using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation;

/// <summary>
/// The directive definitions written in the validated document itself (graphql-js lets them shadow the
/// schema's directives in the directive rules); null when the document defines none.
/// </summary>
internal static class DocumentDirectives
{
    public static Dictionary<string, DirectiveDefinitionNode>? Find(DocumentNode document)
    {
        Dictionary<string, DirectiveDefinitionNode>? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                (found ??= new Dictionary<string, DirectiveDefinitionNode>(StringComparer.Ordinal))[directive.Name.Value] = directive;
            }
        }

        return found;
    }
}
