using System.Runtime.CompilerServices;
using System.Text;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.2 "Field Selection Merging": fields selected under the same response name, anywhere they
/// meet through fragments, can be merged: same field and arguments unless their parents are distinct
/// object types, and compatible return types, recursively.
/// </summary>
/// <remarks>
/// The comparison follows graphql-js 16.15, including its work metering: every collected-field pair,
/// fragment pair and argument comparison spends from a budget of 500,000 units shared by the whole
/// document; when it is spent, validation stops with "Validation aborted.", so a crafted document
/// cannot make the comparison quadratic without bound. Ordinary documents spend a tiny fraction of it.
/// </remarks>
public sealed class OverlappingFieldsCanBeMergedRule(ValidationContext context) : ValidationRule(context)
{
    /// <summary>graphql-js's complexity budget for the comparisons of one document.</summary>
    public const int ComplexityBudget = 500_000;

    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;

    private readonly Dictionary<string, Dictionary<string, bool>> _comparedFragmentPairs = new(StringComparer.Ordinal);
    private readonly Dictionary<(NamedType? Parent, SelectionSetNode SelectionSet), CollectFieldsResult> _collectFieldsCache = [];
    private readonly Dictionary<ValueNode, string> _stringifiedValues = new(ReferenceEqualityComparer.Instance);
    private int _remainingBudget = ComplexityBudget;

    public override void EnterSelectionSet(SelectionSetNode node, SyntaxNode parent)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (parent is InlineFragmentNode)
        {
            return;
        }

        var selections = node.Selections;
        if (selections.Count <= 1 && (selections.Count == 0 || selections[0] is not InlineFragmentNode))
        {
            return;
        }

        var conflicts = FindConflictsWithinSelectionSet(Context.TypeInfo.ParentType, node);
        foreach (var conflict in conflicts)
        {
            var nodes = new List<SyntaxNode>(conflict.Fields1.Count + conflict.Fields2.Count);
            nodes.AddRange(conflict.Fields1);
            nodes.AddRange(conflict.Fields2);
            Context.ReportError(
                $"Fields \"{MaybeAbbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                nodes);
        }
    }

    private static string MaybeAbbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? string.Concat(text.AsSpan(0, MaxConflictDetailLength), "...") : text;

    private void Spend(int cost)
    {
        _remainingBudget -= cost;
        if (_remainingBudget < 0)
        {
            throw new ValidationAbortedException { Error = ValidationContext.Aborted() };
        }
    }

    private List<Conflict> FindConflictsWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var result = CollectFields(parentType, selectionSet);

        // (A) Conflicts within the fields of this selection set.
        CollectConflictsWithin(conflicts, result.GroupedFieldSet);

        // Fragments are compared with the fields and with each other only when there is something to compare.
        var fragmentNames = result.FragmentNames;
        if (fragmentNames.Count != 0 && (result.GroupedFieldSet.Count != 0 || fragmentNames.Count > 1))
        {
            for (var i = 0; i < fragmentNames.Count; i++)
            {
                // (B) The fields against each fragment.
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, result, fragmentNames[i]);

                // (C) Each fragment against the fragments after it.
                for (var j = i + 1; j < fragmentNames.Count; j++)
                {
                    CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
                }
            }
        }

        return conflicts;
    }

    private void CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, bool areMutuallyExclusive, CollectFieldsResult result, string fragmentName)
    {
        Spend(1);
        if (result.GroupedFieldSet.Count == 0)
        {
            return;
        }

        // Compare the fields with a fragment once; a non-exclusive comparison also covers an exclusive one.
        var compared = result.ComparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (compared.TryGetValue(fragmentName, out var wasExclusive) && (!wasExclusive || areMutuallyExclusive))
        {
            return;
        }

        compared[fragmentName] = areMutuallyExclusive;
        if (Context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        var fragmentResult = CollectFragmentFields(fragment);
        if (ReferenceEquals(result, fragmentResult))
        {
            return;
        }

        // (D) The fields against the fragment's fields.
        CollectConflictsBetween(conflicts, areMutuallyExclusive, result, fragmentResult);

        // (E) The fields against the fragments the fragment spreads.
        foreach (var referenced in fragmentResult.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, result, referenced);
        }
    }

    private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool areMutuallyExclusive, string fragmentName1, string fragmentName2)
    {
        Spend(2);
        if (fragmentName1 == fragmentName2)
        {
            return;
        }

        if (PairSetHas(fragmentName1, fragmentName2, areMutuallyExclusive))
        {
            return;
        }

        PairSetAdd(fragmentName1, fragmentName2, areMutuallyExclusive);
        var fragment1 = Context.GetFragment(fragmentName1);
        var fragment2 = Context.GetFragment(fragmentName2);
        if (fragment1 is null || fragment2 is null)
        {
            return;
        }

        var result1 = CollectFragmentFields(fragment1);
        var result2 = CollectFragmentFields(fragment2);

        // (F) The two fragments' fields.
        CollectConflictsBetween(conflicts, areMutuallyExclusive, result1, result2);

        // (G) Each fragment against the fragments the other spreads.
        foreach (var referenced2 in result2.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, referenced2);
        }

        foreach (var referenced1 in result1.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, referenced1, fragmentName2);
        }
    }

    private List<Conflict> FindConflictsBetweenSubSelectionSets(
        bool areMutuallyExclusive,
        NamedType? parentType1,
        SelectionSetNode selectionSet1,
        NamedType? parentType2,
        SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var result1 = CollectFields(parentType1, selectionSet1);
        var result2 = CollectFields(parentType2, selectionSet2);

        // (H) The two collections of fields.
        CollectConflictsBetween(conflicts, areMutuallyExclusive, result1, result2);

        // (I) Each collection of fields against the fragments of the other.
        foreach (var fragmentName2 in result2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, result1, fragmentName2);
        }

        foreach (var fragmentName1 in result1.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, result2, fragmentName1);
        }

        // (J) Every fragment of one against every fragment of the other.
        foreach (var fragmentName1 in result1.FragmentNames)
        {
            foreach (var fragmentName2 in result2.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, fragmentName2);
            }
        }

        return conflicts;
    }

    private void CollectConflictsWithin(List<Conflict> conflicts, OrderedDictionary<string, List<FieldDetails>> groupedFieldSet)
    {
        foreach (var (responseName, fields) in groupedFieldSet)
        {
            if (fields.Count <= 1)
            {
                continue;
            }

            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetween(List<Conflict> conflicts, bool parentFieldsAreMutuallyExclusive, CollectFieldsResult result1, CollectFieldsResult result2)
    {
        if (result1.GroupedFieldSet.Count == 0 || result2.GroupedFieldSet.Count == 0)
        {
            return;
        }

        foreach (var overlap in GetOverlappingFields(result1, result2))
        {
            foreach (var field1 in overlap.Fields1)
            {
                foreach (var field2 in overlap.Fields2)
                {
                    if (FindConflict(parentFieldsAreMutuallyExclusive, overlap.ResponseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private List<Overlap> GetOverlappingFields(CollectFieldsResult result1, CollectFieldsResult result2)
    {
        var byResult = result1.OverlappingFields ??= new Dictionary<CollectFieldsResult, List<Overlap>>(ReferenceEqualityComparer.Instance);
        if (byResult.TryGetValue(result2, out var cached))
        {
            return cached;
        }

        var overlapping = new List<Overlap>();
        foreach (var (responseName, fields1) in result1.GroupedFieldSet)
        {
            Spend(1);
            if (result2.GroupedFieldSet.TryGetValue(responseName, out var fields2))
            {
                overlapping.Add(new Overlap(responseName, fields1, fields2));
            }
        }

        byResult[result2] = overlapping;
        return overlapping;
    }

    private Conflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldDetails details1, FieldDetails details2)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var parentType1 = details1.ParentType;
        var parentType2 = details2.ParentType;
        var node1 = details1.Node;
        var node2 = details2.Node;
        var def1 = details1.Definition;
        var def2 = details2.Definition;

        // Fields on distinct object types can never be fetched together, so they only need compatible types.
        var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!ReferenceEquals(parentType1, parentType2) && parentType1 is ObjectType && parentType2 is ObjectType);

        // Attempted pairs count, including the ones skipped below.
        Spend(2);
        if (details1.IsSimpleLeaf && details2.IsSimpleLeaf && ReferenceEquals(def1?.Type, def2?.Type) && node1.Name.Value == node2.Name.Value)
        {
            return null;
        }

        if (!areMutuallyExclusive)
        {
            var info1 = GetFieldInfo(details1);
            var info2 = GetFieldInfo(details2);
            if (!info1.Comparisons.TryGetValue(info2, out var reason))
            {
                var name1 = node1.Name.Value;
                var name2 = node2.Name.Value;
                reason = name1 != name2
                    ? $"\"{MaybeAbbreviate(name1)}\" and \"{MaybeAbbreviate(name2)}\" are different fields"
                    : SameArguments(info1.Arguments, info2.Arguments) ? null : "they have differing arguments";
                info1.Comparisons[info2] = reason;
            }

            if (reason is not null)
            {
                return new Conflict(responseName, reason, [node1], [node2]);
            }
        }

        var type1 = def1?.Type;
        var type2 = def2?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            var info1 = GetFieldInfo(details1);
            var info2 = GetFieldInfo(details2);
            var type1String = info1.TypeString ??= type1.ToString();
            var type2String = info2.TypeString ??= type2.ToString();
            return new Conflict(responseName, $"they return conflicting types \"{type1String}\" and \"{type2String}\"", [node1], [node2]);
        }

        // Compare the sub-fields, remembering whether the parents are mutually exclusive.
        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var conflicts = FindConflictsBetweenSubSelectionSets(
                areMutuallyExclusive,
                GetFieldInfo(details1).NamedType,
                selectionSet1,
                GetFieldInfo(details2).NamedType,
                selectionSet2);
            return SubfieldConflicts(conflicts, responseName, node1, node2);
        }

        return null;
    }

    private static FieldInfo GetFieldInfo(FieldDetails details)
    {
        if (details.Info is null)
        {
            var arguments = details.Node.Arguments;
            ArgumentInfo? argumentInfo = null;
            if (arguments.Count > 0)
            {
                var values = new Dictionary<string, ValueNode>(arguments.Count, StringComparer.Ordinal);
                foreach (var argument in arguments)
                {
                    values[argument.Name.Value] = argument.Value;
                }

                argumentInfo = new ArgumentInfo(arguments, values);
            }

            details.Info = new FieldInfo(details.Definition?.Type.GetNamedType(), argumentInfo);
        }

        return details.Info;
    }

    private bool SameArguments(ArgumentInfo? arguments1, ArgumentInfo? arguments2)
    {
        if (arguments1 is null)
        {
            return arguments2 is null;
        }

        if (arguments2 is null || arguments1.Nodes.Count != arguments2.Nodes.Count)
        {
            return false;
        }

        foreach (var argument1 in arguments1.Nodes)
        {
            Spend(1);
            if (!arguments2.Values.TryGetValue(argument1.Name.Value, out var value2))
            {
                return false;
            }

            if (Stringify(argument1.Value) != Stringify(value2))
            {
                return false;
            }
        }

        return true;
    }

    // A canonical text of a value: object fields sorted by name, strings with their block flag, so that
    // equal values compare equal whatever their layout (graphql-js stringifyValue).
    private string Stringify(ValueNode value)
    {
        if (_stringifiedValues.TryGetValue(value, out var cached))
        {
            return cached;
        }

        var builder = new StringBuilder();
        WriteValue(builder, value);
        var text = builder.ToString();
        _stringifiedValues[value] = text;
        return text;
    }

    private static void WriteValue(StringBuilder builder, ValueNode value)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (value)
        {
            case VariableNode variable:
                builder.Append("V(").Append(variable.Name.Value.Length).Append(':').Append(variable.Name.Value).Append(')');
                break;
            case ObjectValueNode objectValue:
                var fields = new List<ObjectFieldNode>(objectValue.Fields);
                fields.Sort(static (a, b) => string.CompareOrdinal(a.Name.Value, b.Name.Value));
                builder.Append("O(");
                foreach (var field in fields)
                {
                    builder.Append(field.Name.Value.Length).Append(':').Append(field.Name.Value).Append('=');
                    WriteValue(builder, field.Value);
                    builder.Append(',');
                }

                builder.Append(')');
                break;
            case ListValueNode list:
                builder.Append("L(");
                foreach (var item in list.Values)
                {
                    WriteValue(builder, item);
                    builder.Append(',');
                }

                builder.Append(')');
                break;
            case StringValueNode text:
                builder.Append(text.Block ? "B(" : "S(").Append(text.Value.Length).Append(':').Append(text.Value).Append(')');
                break;
            case IntValueNode intValue:
                builder.Append("I(").Append(intValue.Value).Append(')');
                break;
            case FloatValueNode floatValue:
                builder.Append("F(").Append(floatValue.Value).Append(')');
                break;
            case BooleanValueNode boolean:
                builder.Append(boolean.Value ? "T" : "X");
                break;
            case EnumValueNode enumValue:
                builder.Append("E(").Append(enumValue.Value).Append(')');
                break;
            case NullValueNode:
                builder.Append('N');
                break;
        }
    }

    // Two types conflict when no value could be of both: different list or non-null wrapping, or
    // different leaf types.
    private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        while (true)
        {
            if (ReferenceEquals(type1, type2))
            {
                return false;
            }

            Spend(1);
            if (type1 is ListType list1)
            {
                if (type2 is not ListType list2)
                {
                    return true;
                }

                type1 = list1.OfType;
                type2 = list2.OfType;
                continue;
            }

            if (type2 is ListType)
            {
                return true;
            }

            if (type1 is NonNullType nonNull1)
            {
                if (type2 is not NonNullType nonNull2)
                {
                    return true;
                }

                type1 = nonNull1.OfType;
                type2 = nonNull2.OfType;
                continue;
            }

            if (type2 is NonNullType)
            {
                return true;
            }

            return (type1.IsLeafType || type2.IsLeafType) && !ReferenceEquals(type1, type2);
        }
    }

    private CollectFieldsResult CollectFields(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_collectFieldsCache.TryGetValue((parentType, selectionSet), out var cached))
        {
            return cached;
        }

        var result = new CollectFieldsResult();
        var fragmentNames = new HashSet<string>(StringComparer.Ordinal);
        CollectFieldsImpl(parentType, selectionSet, result, fragmentNames);
        _collectFieldsCache[(parentType, selectionSet)] = result;
        return result;
    }

    private CollectFieldsResult CollectFragmentFields(FragmentDefinitionNode fragment) =>
        CollectFields(Context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

    private void CollectFieldsImpl(NamedType? parentType, SelectionSetNode selectionSet, CollectFieldsResult result, HashSet<string> fragmentNames)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var fieldName = field.Name.Value;
                    var fieldDef = parentType switch
                    {
                        ObjectType objectType => objectType.Fields.Find(fieldName),
                        InterfaceType interfaceType => interfaceType.Fields.Find(fieldName),
                        _ => null,
                    };
                    var responseName = field.Alias?.Value ?? fieldName;
                    if (!result.GroupedFieldSet.TryGetValue(responseName, out var list))
                    {
                        list = [];
                        result.GroupedFieldSet.Add(responseName, list);
                    }

                    list.Add(new FieldDetails(parentType, field, fieldDef, field.Arguments.Count == 0 && field.SelectionSet is null));
                    break;
                case FragmentSpreadNode spread:
                    if (fragmentNames.Add(spread.Name.Value))
                    {
                        result.FragmentNames.Add(spread.Name.Value);
                    }

                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } typeCondition ? Context.Schema.GetType(typeCondition.Name.Value) : parentType;
                    CollectFieldsImpl(inlineType, inline.SelectionSet, result, fragmentNames);
                    break;
            }
        }
    }

    private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (conflicts.Count == 0)
        {
            return null;
        }

        var message = new StringBuilder();
        foreach (var conflict in conflicts)
        {
            if (message.Length > 0)
            {
                message.Append(" and ");
            }

            message.Append("subfields \"").Append(MaybeAbbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
            if (message.Length > MaxConflictDetailLength)
            {
                break;
            }
        }

        return new Conflict(
            responseName,
            MaybeAbbreviate(message.ToString()),
            CollectConflictNodes(node1, conflicts, first: true),
            CollectConflictNodes(node2, conflicts, first: false));
    }

    // The enclosing field, then the nodes of the sub-conflicts, at most twenty in all (the last ones of
    // each sub-conflict, which are the most specific).
    private static List<FieldNode> CollectConflictNodes(FieldNode node, List<Conflict> conflicts, bool first)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var side = first ? conflict.Fields1 : conflict.Fields2;
            var remaining = MaxConflictNodes - nodes.Count;
            var start = Math.Max(0, side.Count - remaining);
            for (var i = start; i < side.Count; i++)
            {
                nodes.Add(side[i]);
            }

            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }

        return nodes;
    }

    private bool PairSetHas(string a, string b, bool areMutuallyExclusive) =>
        PairSetHasOrdered(a, b, areMutuallyExclusive) || PairSetHasOrdered(b, a, areMutuallyExclusive);

    private bool PairSetHasOrdered(string a, string b, bool areMutuallyExclusive)
    {
        if (!_comparedFragmentPairs.TryGetValue(a, out var map) || !map.TryGetValue(b, out var stored))
        {
            return false;
        }

        // A non-exclusive comparison covers an exclusive one, not the reverse.
        return areMutuallyExclusive || areMutuallyExclusive == stored;
    }

    private void PairSetAdd(string a, string b, bool areMutuallyExclusive)
    {
        if (!_comparedFragmentPairs.TryGetValue(a, out var map))
        {
            map = new Dictionary<string, bool>(StringComparer.Ordinal);
            _comparedFragmentPairs[a] = map;
        }

        map[b] = areMutuallyExclusive;
    }

    private sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    private sealed record Overlap(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2);

    private sealed class FieldDetails(NamedType? parentType, FieldNode node, FieldDefinition? definition, bool isSimpleLeaf)
    {
        public NamedType? ParentType { get; } = parentType;

        public FieldNode Node { get; } = node;

        public FieldDefinition? Definition { get; } = definition;

        public bool IsSimpleLeaf { get; } = isSimpleLeaf;

        public FieldInfo? Info { get; set; }
    }

    private sealed class FieldInfo(NamedType? namedType, ArgumentInfo? arguments)
    {
        public Dictionary<FieldInfo, string?> Comparisons { get; } = new(ReferenceEqualityComparer.Instance);

        public NamedType? NamedType { get; } = namedType;

        public ArgumentInfo? Arguments { get; } = arguments;

        public string? TypeString { get; set; }
    }

    private sealed record ArgumentInfo(IReadOnlyList<ArgumentNode> Nodes, Dictionary<string, ValueNode> Values);

    private sealed class CollectFieldsResult
    {
        public OrderedDictionary<string, List<FieldDetails>> GroupedFieldSet { get; } = new(StringComparer.Ordinal);

        public List<string> FragmentNames { get; } = [];

        public Dictionary<string, bool>? ComparedFragments { get; set; }

        public Dictionary<CollectFieldsResult, List<Overlap>>? OverlappingFields { get; set; }
    }
}
