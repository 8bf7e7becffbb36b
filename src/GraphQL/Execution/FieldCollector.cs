using Gateway.GraphQL.Introspection;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// The spec's CollectFields (section 6.3.2): the fields of a selection set for an object type, merged
/// by response key in document order, fragments expanded once each, <c>@skip</c> and <c>@include</c> applied.
/// </summary>
internal sealed class FieldCollector(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?> variables)
{
    public CollectedFields Collect(ObjectType type, SelectionSetNode selectionSet)
    {
        var groups = new List<FieldGroup>(selectionSet.Selections.Count);
        CollectInto(type, selectionSet, groups, new HashSet<string>(StringComparer.Ordinal));
        return Finish(type, groups);
    }

    /// <summary>The merged sub-selections of a field for the object type its value resolved to (cached on the group).</summary>
    public CollectedFields CollectSubFields(ObjectType type, FieldGroup group)
    {
        if (group.FindSubFields(type) is { } cached)
        {
            return cached;
        }

        var groups = new List<FieldGroup>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in group.Nodes)
        {
            if (node.SelectionSet is { } selectionSet)
            {
                CollectInto(type, selectionSet, groups, visited);
            }
        }

        var fields = Finish(type, groups);
        group.AddSubFields(type, fields);
        return fields;
    }

    /// <summary>The field definition a field node selects on a type, meta-fields included; null if none.</summary>
    public FieldDefinition? GetFieldDefinition(ObjectType type, string name)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            switch (name)
            {
                case "__typename":
                    return IntrospectionTypes.TypeNameField;
                case "__schema" when ReferenceEquals(type, schema.Query):
                    return IntrospectionTypes.SchemaField;
                case "__type" when ReferenceEquals(type, schema.Query):
                    return IntrospectionTypes.TypeField;
            }
        }

        return type.Fields.Find(name);
    }

    private CollectedFields Finish(ObjectType type, List<FieldGroup> groups)
    {
        foreach (var group in groups)
        {
            group.Definition = GetFieldDefinition(type, group.First.Name.Value);
        }

        return new CollectedFields([.. groups]);
    }

    private void CollectInto(ObjectType type, SelectionSetNode selectionSet, List<FieldGroup> groups, HashSet<string> visited)
    {
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
                    var existing = Find(groups, key);
                    if (existing is null)
                    {
                        groups.Add(new FieldGroup(key, field));
                    }
                    else
                    {
                        existing.Add(field);
                    }

                    break;

                case InlineFragmentNode inline:
                    if (!ShouldInclude(inline.Directives) || !DoesConditionMatch(inline.TypeCondition, type))
                    {
                        continue;
                    }

                    CollectInto(type, inline.SelectionSet, groups, visited);
                    break;

                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (visited.Contains(name) || !ShouldInclude(spread.Directives))
                    {
                        continue;
                    }

                    visited.Add(name);
                    if (!fragments.TryGetValue(name, out var fragment) || !DoesConditionMatch(fragment.TypeCondition, type))
                    {
                        continue;
                    }

                    CollectInto(type, fragment.SelectionSet, groups, visited);
                    break;
            }
        }
    }

    private static FieldGroup? Find(List<FieldGroup> groups, string key)
    {
        foreach (var group in groups)
        {
            if (group.ResponseKey == key)
            {
                return group;
            }
        }

        return null;
    }

    private bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
    {
        if (directives.Count == 0)
        {
            return true;
        }

        if (Find(directives, "skip") is { } skip
            && ArgumentCoercion.Coerce(BuiltInDirectives.Skip.Arguments, skip.Arguments, skip, variables).TryGetValue("if", out var skipIf)
            && skipIf is true)
        {
            return false;
        }

        if (Find(directives, "include") is { } include
            && ArgumentCoercion.Coerce(BuiltInDirectives.Include.Arguments, include.Arguments, include, variables).TryGetValue("if", out var includeIf)
            && includeIf is false)
        {
            return false;
        }

        return true;
    }

    private static DirectiveNode? Find(IReadOnlyList<DirectiveNode> directives, string name)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == name)
            {
                return directive;
            }
        }

        return null;
    }

    private bool DoesConditionMatch(NamedTypeNode? condition, ObjectType type)
    {
        if (condition is null)
        {
            return true;
        }

        var conditionType = schema.GetType(condition.Name.Value);
        if (ReferenceEquals(conditionType, type))
        {
            return true;
        }

        return conditionType is not null && conditionType.IsAbstractType && schema.IsSubType(conditionType, type);
    }
}
