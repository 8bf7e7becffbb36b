using System.Runtime.CompilerServices;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Not a spec rule but one of graphql-js 16's <c>specifiedRules</c> (its "recommended" rules): an
/// introspection query may nest the list fields <c>fields</c>, <c>interfaces</c>,
/// <c>possibleTypes</c> and <c>inputFields</c> less than three deep, fragments followed.
/// </summary>
public sealed class MaxIntrospectionDepthRule(ValidationContext context) : ValidationRule(context)
{
    private const int MaxListsDepth = 3;

    // Per fragment: the greatest entry depth at which a check completed without reaching the limit,
    // and the smallest at which one reached it; shared by all root checks.
    private readonly Dictionary<string, int> _checkedFragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _exceededFragments = new(StringComparer.Ordinal);

    public override void EnterField(FieldNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node.Name.Value is not ("__schema" or "__type"))
        {
            return;
        }

        var visited = new Dictionary<string, int>(StringComparer.Ordinal);
        if (CheckDepth(node, visited, 0))
        {
            Context.ReportError("Maximum introspection depth exceeded", node);
            SkipChildren();
        }
    }

    private bool CheckDepth(SelectionNode node, Dictionary<string, int> visited, int depth)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        SelectionSetNode? selectionSet;
        switch (node)
        {
            case FragmentSpreadNode spread:
                var name = spread.Name.Value;
                if (_exceededFragments.TryGetValue(name, out var exceededDepth) && exceededDepth <= depth)
                {
                    return true;
                }

                if ((visited.TryGetValue(name, out var visitedDepth) && visitedDepth >= depth)
                    || (_checkedFragments.TryGetValue(name, out var checkedDepth) && checkedDepth >= depth))
                {
                    return false;
                }

                if (Context.GetFragment(name) is not { } fragment)
                {
                    return false;
                }

                visited[name] = depth;
                if (CheckSelections(fragment.SelectionSet, visited, depth))
                {
                    _exceededFragments[name] = depth;
                    return true;
                }

                _checkedFragments[name] = depth;
                return false;
            case FieldNode field:
                if (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields")
                {
                    depth++;
                    if (depth >= MaxListsDepth)
                    {
                        return true;
                    }
                }

                selectionSet = field.SelectionSet;
                break;
            case InlineFragmentNode inline:
                selectionSet = inline.SelectionSet;
                break;
            default:
                return false;
        }

        return selectionSet is not null && CheckSelections(selectionSet, visited, depth);
    }

    private bool CheckSelections(SelectionSetNode selectionSet, Dictionary<string, int> visited, int depth)
    {
        foreach (var child in selectionSet.Selections)
        {
            if (CheckDepth(child, visited, depth))
            {
                return true;
            }
        }

        return false;
    }
}
