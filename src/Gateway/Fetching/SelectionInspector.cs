using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;

namespace Gateway.Fetching;

/// <summary>
/// Reads the document under the field a resolver is resolving, to fetch only (and everything) that is asked:
/// "does the selection reach <c>edges.node.sites</c>?". Fragments (named and inline) are followed and
/// <c>@skip</c>/<c>@include</c> are applied with the request's variables; aliases do not matter, only field names.
/// Type conditions are not evaluated: a field asked on any type counts, which errs towards fetching more, never less.
/// Use it while the resolver runs (the context is not valid afterwards).
/// </summary>
internal static class SelectionInspector
{
    /// <summary>
    /// Whether, below the current field, following the field names of <paramref name="path"/> (empty: right below),
    /// any field named in <paramref name="names"/> is selected.
    /// </summary>
    public static bool Selects(IResolverContext context, IReadOnlyList<string> path, IReadOnlyCollection<string> names)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(names);
        IReadOnlyList<FieldNode> level = context.FieldNodes;
        foreach (var segment in path)
        {
            level = Children(context, level).Where(f => f.Name.Value == segment).ToList();
            if (level.Count == 0)
            {
                return false;
            }
        }

        return Children(context, level).Any(f => names.Contains(f.Name.Value, StringComparer.Ordinal));
    }

    /// <summary>Whether any of the given paths (each a list of field names below the current field) is selected.</summary>
    public static bool SelectsAnyPath(IResolverContext context, IEnumerable<IReadOnlyList<string>> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            if (path.Count > 0 && Selects(context, path.Take(path.Count - 1).ToList(), [path[^1]]))
            {
                return true;
            }
        }

        return false;
    }

    // The fields selected directly under any of the given fields (through fragments), in document order.
    private static IEnumerable<FieldNode> Children(IResolverContext context, IReadOnlyList<FieldNode> fields)
    {
        foreach (var field in fields)
        {
            if (field.SelectionSet is { } selectionSet)
            {
                foreach (var child in Collect(context, selectionSet, visited: null))
                {
                    yield return child;
                }
            }
        }
    }

    private static IEnumerable<FieldNode> Collect(IResolverContext context, SelectionSetNode selectionSet, HashSet<string>? visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field when IsIncluded(context, field.Directives):
                    yield return field;
                    break;
                case InlineFragmentNode inline when IsIncluded(context, inline.Directives):
                    foreach (var field in Collect(context, inline.SelectionSet, visited))
                    {
                        yield return field;
                    }

                    break;
                case FragmentSpreadNode spread when IsIncluded(context, spread.Directives):
                    visited ??= new HashSet<string>(StringComparer.Ordinal);
                    if (visited.Add(spread.Name.Value) && FindFragment(context.Document, spread.Name.Value) is { } fragment)
                    {
                        foreach (var field in Collect(context, fragment.SelectionSet, visited))
                        {
                            yield return field;
                        }
                    }

                    break;
            }
        }
    }

    private static FragmentDefinitionNode? FindFragment(DocumentNode document, string name)
    {
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment && fragment.Name.Value == name)
            {
                return fragment;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a selection with <paramref name="directives"/> is included: <c>@skip(if:)</c> and <c>@include(if:)</c> with
    /// literal or variable conditions, read from the request's coerced <paramref name="variables"/>; anything unreadable
    /// counts as included.
    /// </summary>
    public static bool IsIncluded(IReadOnlyList<DirectiveNode> directives, IReadOnlyDictionary<string, object?> variables)
    {
        ArgumentNullException.ThrowIfNull(directives);
        ArgumentNullException.ThrowIfNull(variables);
        foreach (var directive in directives)
        {
            var isSkip = directive.Name.Value == "skip";
            if (!isSkip && directive.Name.Value != "include")
            {
                continue;
            }

            var argument = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if");
            bool? condition = argument?.Value switch
            {
                BooleanValueNode literal => literal.Value,
                VariableNode variable when variables.TryGetValue(variable.Name.Value, out var value) && value is bool flag => flag,
                _ => null,
            };
            if (condition is { } known && known == isSkip)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsIncluded(IResolverContext context, IReadOnlyList<DirectiveNode> directives) => IsIncluded(directives, context.Variables);
}
