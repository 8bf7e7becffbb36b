using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;

namespace Gateway.Fetching;

/// <summary>
/// What the client selected below a Posos field, as it is forwarded to Posos, the way schema stitching delegates a
/// sub-query: the client's selection set, with
/// <list type="bullet">
/// <item>its fragments, named and inline, inlined in place (every forwarded type is an object type that Posos has too,
/// so a fragment valid here always applies there, and no type name of ours, e.g. <c>PososCoding</c>, reaches Posos);</item>
/// <item><c>@skip</c> and <c>@include</c> applied with the request's variables (as <see cref="SelectionInspector"/> reads them; the directives themselves dropped);</item>
/// <item>the client's aliases kept, so Posos's answer has the client's response keys and the gateway reads each field by
/// its response key (<see cref="PososFieldValues"/>), and Posos's error paths are the client's paths;</item>
/// <item>fields of the same response key merged into one (valid documents give them the same name), their sub-selections
/// merged in turn;</item>
/// <item><c>__typename</c> left out (the gateway answers it with its own type names), unless a selection would be empty
/// otherwise (every field skipped), where Posos gets <c>__typename</c> so the object still comes back.</item>
/// </list>
/// Posos's output fields have the gateway's names, so they print as they are; the root field and its arguments are
/// renamed by <see cref="PososOperations"/>.
/// </summary>
internal sealed class PososSelection
{
    private PososSelection(IReadOnlyList<FieldNode> rootNodes, IReadOnlyList<Field> fields)
    {
        RootNodes = rootNodes;
        Fields = fields;
    }

    /// <summary>The client's nodes of the forwarded field (several when merged from fragments).</summary>
    public IReadOnlyList<FieldNode> RootNodes { get; }

    private IReadOnlyList<Field> Fields { get; }

    /// <summary>The selection below the field being resolved.</summary>
    public static PososSelection Collect(IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Collect(context.FieldNodes, context.Document, context.Variables);
    }

    /// <summary>The selection below <paramref name="nodes"/> (the nodes of one field, in <paramref name="document"/>).</summary>
    public static PososSelection Collect(IReadOnlyList<FieldNode> nodes, DocumentNode document, IReadOnlyDictionary<string, object?> variables)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(variables);
        var fragments = document.Definitions.OfType<FragmentDefinitionNode>()
            .GroupBy(f => f.Name.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return new PososSelection(nodes, Children(nodes, fragments, variables));
    }

    /// <summary>The selection set to send to Posos under its root field.</summary>
    public SelectionSetNode ToSelectionSet() => Print(Fields);

    /// <summary>
    /// The locations, in the client's document, of the field at <paramref name="pathBelowRoot"/> (response keys and list
    /// indices below the forwarded field), or null when the path names no selected field.
    /// </summary>
    public IReadOnlyList<SourceLocation>? Locate(IEnumerable<object> pathBelowRoot)
    {
        ArgumentNullException.ThrowIfNull(pathBelowRoot);
        IReadOnlyList<FieldNode> nodes = RootNodes;
        var level = Fields;
        foreach (var segment in pathBelowRoot)
        {
            if (segment is not string key)
            {
                continue;
            }

            var field = level.FirstOrDefault(f => f.ResponseKey == key);
            if (field is null)
            {
                return null;
            }

            nodes = field.Nodes;
            level = field.Children;
        }

        var locations = nodes
            .Where(n => n.Location is not null)
            .Select(n => new SourceLocation(n.Location!.Value.Line, n.Location.Value.Column))
            .ToList();
        return locations.Count > 0 ? locations : null;
    }

    private static SelectionSetNode Print(IReadOnlyList<Field> fields)
    {
        if (fields.Count == 0)
        {
            return new SelectionSetNode([new FieldNode(null, new NameNode("__typename"), [], [], null)]);
        }

        var selections = new List<SelectionNode>(fields.Count);
        foreach (var field in fields)
        {
            var alias = field.ResponseKey == field.Name ? null : new NameNode(field.ResponseKey);
            selections.Add(new FieldNode(alias, new NameNode(field.Name), [], [], field.IsLeaf ? null : Print(field.Children)));
        }

        return new SelectionSetNode(selections);
    }

    // The fields selected below the given nodes, merged by response key, in the order they first appear.
    private static List<Field> Children(IEnumerable<FieldNode> parents, Dictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?> variables)
    {
        var fields = new List<Field>();
        var byKey = new Dictionary<string, Field>(StringComparer.Ordinal);
        foreach (var parent in parents)
        {
            if (parent.SelectionSet is { } selectionSet)
            {
                Walk(selectionSet, [], fields, byKey, fragments, variables);
            }
        }

        foreach (var field in fields)
        {
            if (!field.IsLeaf)
            {
                field.Children = Children(field.Nodes, fragments, variables);
            }
        }

        return fields;
    }

    private static void Walk(
        SelectionSetNode selectionSet,
        HashSet<string> spreading,
        List<Field> fields,
        Dictionary<string, Field> byKey,
        Dictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode node when SelectionInspector.IsIncluded(node.Directives, variables):
                    if (node.Name.Value == "__typename")
                    {
                        break;
                    }

                    if (byKey.TryGetValue(node.ResponseKey, out var existing))
                    {
                        existing.Nodes.Add(node);
                    }
                    else
                    {
                        var field = new Field(node.ResponseKey, node.Name.Value, node.SelectionSet is null, [node]);
                        byKey.Add(field.ResponseKey, field);
                        fields.Add(field);
                    }

                    break;
                case InlineFragmentNode inline when SelectionInspector.IsIncluded(inline.Directives, variables):
                    Walk(inline.SelectionSet, spreading, fields, byKey, fragments, variables);
                    break;

                // A spread inside its own expansion is a cycle (the validation refuses it): not followed.
                case FragmentSpreadNode spread when SelectionInspector.IsIncluded(spread.Directives, variables)
                    && fragments.TryGetValue(spread.Name.Value, out var fragment)
                    && !spreading.Contains(spread.Name.Value):
                    spreading.Add(spread.Name.Value);
                    Walk(fragment.SelectionSet, spreading, fields, byKey, fragments, variables);
                    spreading.Remove(spread.Name.Value);
                    break;
            }
        }
    }

    // One forwarded field: the client's response key, its name (Posos's too), the client's nodes, its sub-fields.
    private sealed class Field(string responseKey, string name, bool isLeaf, List<FieldNode> nodes)
    {
        public string ResponseKey { get; } = responseKey;

        public string Name { get; } = name;

        public bool IsLeaf { get; } = isLeaf;

        public List<FieldNode> Nodes { get; } = nodes;

        public IReadOnlyList<Field> Children { get; set; } = [];
    }
}
