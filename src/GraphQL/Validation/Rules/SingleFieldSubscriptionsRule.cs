using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.2.3.1 "Single Root Field": a subscription selects exactly one root field (after collecting
/// fields, fragments included), and not an introspection field.
/// </summary>
public sealed class SingleFieldSubscriptionsRule(ValidationContext context) : ValidationRule(context)
{
    private Dictionary<string, FragmentDefinitionNode>? _fragments;

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node.Operation != OperationType.Subscription || Context.Schema.Subscription is not { } subscriptionType)
        {
            return;
        }

        var operationName = node.Name?.Value;
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            var definitions = Context.Document.Definitions;
            Context.SpendFragmentWork(definitions.Count);
            foreach (var definition in definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    _fragments[fragment.Name.Value] = fragment;
                }
            }
        }

        var fields = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        CollectFields(subscriptionType, node.SelectionSet, fields, new HashSet<string>(StringComparer.Ordinal));
        if (fields.Count > 1)
        {
            var extra = new List<SyntaxNode>();
            for (var i = 1; i < fields.Count; i++)
            {
                extra.AddRange(fields.GetAt(i).Value);
            }

            Context.ReportError(
                operationName is not null
                    ? $"Subscription \"{operationName}\" must select only one top level field."
                    : "Anonymous Subscription must select only one top level field.",
                extra);
        }

        foreach (var (_, fieldNodes) in fields)
        {
            if (fieldNodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                Context.ReportError(
                    operationName is not null
                        ? $"Subscription \"{operationName}\" must not select an introspection top level field."
                        : "Anonymous Subscription must not select an introspection top level field.",
                    fieldNodes);
            }
        }
    }

    // The executor's CollectFields with no variable values (graphql-js meters the work it does).
    private void CollectFields(ObjectType runtimeType, SelectionSetNode selectionSet, OrderedDictionary<string, List<FieldNode>> fields, HashSet<string> visitedFragments)
    {
        ReserveWork(selectionSet);
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    if (!ShouldInclude(field.Directives))
                    {
                        continue;
                    }

                    var key = field.ResponseKey;
                    if (fields.TryGetValue(key, out var list))
                    {
                        list.Add(field);
                    }
                    else
                    {
                        fields.Add(key, [field]);
                    }

                    break;
                case InlineFragmentNode inline:
                    if (!ShouldInclude(inline.Directives) || !ConditionMatches(inline.TypeCondition, runtimeType))
                    {
                        continue;
                    }

                    CollectFields(runtimeType, inline.SelectionSet, fields, visitedFragments);
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (visitedFragments.Contains(name) || !ShouldInclude(spread.Directives))
                    {
                        continue;
                    }

                    visitedFragments.Add(name);
                    if (!_fragments!.TryGetValue(name, out var fragment) || !ConditionMatches(fragment.TypeCondition, runtimeType))
                    {
                        continue;
                    }

                    CollectFields(runtimeType, fragment.SelectionSet, fields, visitedFragments);
                    break;
            }
        }
    }

    private void ReserveWork(SelectionSetNode selectionSet)
    {
        Context.SpendFragmentWork(selectionSet.Selections.Count);
        foreach (var selection in selectionSet.Selections)
        {
            var directives = selection switch
            {
                FieldNode field => field.Directives,
                FragmentSpreadNode spread => spread.Directives,
                InlineFragmentNode inline => inline.Directives,
                _ => [],
            };
            Context.SpendFragmentWork(directives.Count);
            foreach (var directive in directives)
            {
                if (directive.Name.Value is "skip" or "include")
                {
                    Context.SpendFragmentWork(directive.Arguments.Count);
                }
            }
        }
    }

    // @skip(if: true) and @include(if: false) written as literals exclude a selection; a variable, having
    // no value during validation, does not.
    private static bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value == "if" && argument.Value is BooleanValueNode condition && condition.Value == (name == "skip"))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private bool ConditionMatches(NamedTypeNode? typeCondition, ObjectType type)
    {
        if (typeCondition is null)
        {
            return true;
        }

        var conditionType = Context.Schema.GetType(typeCondition.Name.Value);
        if (ReferenceEquals(conditionType, type))
        {
            return true;
        }

        return conditionType is not null && conditionType.IsAbstractType && Context.Schema.IsSubType(conditionType, type);
    }
}
