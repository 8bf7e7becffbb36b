using System.Runtime.CompilerServices;
using System.Text;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.2.2 "Fragment Spreads Must Not Form Cycles": no fragment spreads itself, directly or
/// through other fragments. A depth-first search visits each fragment once and reports every cycle.
/// </summary>
public sealed class NoFragmentCyclesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _spreadPath = [];
    private readonly Dictionary<string, int> _spreadPathIndexByName = new(StringComparer.Ordinal);

    public override void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        DetectCycles(node);
    }

    private void DetectCycles(FragmentDefinitionNode fragment)
    {
        var fragmentName = fragment.Name.Value;
        if (!_visited.Add(fragmentName))
        {
            return;
        }

        var spreads = Context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return;
        }

        RuntimeHelpers.EnsureSufficientExecutionStack();
        _spreadPathIndexByName[fragmentName] = _spreadPath.Count;
        foreach (var spread in spreads)
        {
            var spreadName = spread.Name.Value;
            _spreadPath.Add(spread);
            if (!_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
            {
                if (Context.GetFragment(spreadName) is { } spreadFragment)
                {
                    DetectCycles(spreadFragment);
                }
            }
            else
            {
                var cycle = _spreadPath.GetRange(cycleIndex, _spreadPath.Count - cycleIndex);
                var via = new StringBuilder();
                for (var i = 0; i < cycle.Count - 1; i++)
                {
                    via.Append(i == 0 ? string.Empty : ", ").Append('"').Append(cycle[i].Name.Value).Append('"');
                }

                Context.ReportError(
                    $"Cannot spread fragment \"{spreadName}\" within itself" + (via.Length > 0 ? $" via {via}." : "."),
                    cycle);
            }

            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }

        _spreadPathIndexByName.Remove(fragmentName);
    }
}
