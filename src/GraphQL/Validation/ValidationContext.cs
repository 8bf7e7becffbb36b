using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation;

/// <summary>
/// What the rules of one validation share: the schema, the document, the type information of the
/// current position, the options, error reporting, and cached facts about fragments and variable
/// usages (graphql-js's <c>ValidationContext</c>).
/// </summary>
public sealed class ValidationContext
{
    /// <summary>The message graphql-js ends a validation with when the error limit is reached.</summary>
    public const string TooManyErrorsMessage = "Too many validation errors, error limit reached. Validation aborted.";

    /// <summary>The message graphql-js ends a validation with when a work budget is spent.</summary>
    public const string AbortedMessage = "Validation aborted.";

    /// <summary>graphql-js's budget for fragment bookkeeping work (units of fragments, spreads and variable usages).</summary>
    internal const int FragmentWorkBudget = 50_000;

    private static readonly IReadOnlyDictionary<string, object?> ValidationFailedExtensions =
        new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = ErrorCodes.ValidationFailed }.AsReadOnly();

    private readonly List<GraphQLError> _errors;
    private readonly int _maxErrors;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private Dictionary<SelectionSetNode, List<FragmentSpreadNode>>? _fragmentSpreads;
    private Dictionary<string, List<FragmentDefinitionNode>>? _recursiveFragments;
    private Dictionary<ExecutableDefinitionNode, List<VariableUsage>>? _variableUsages;
    private Dictionary<object, List<VariableUsage>>? _recursiveVariableUsages;
    private int _remainingFragmentWork = FragmentWorkBudget;

    internal ValidationContext(Schema schema, DocumentNode document, ValidationOptions options, List<GraphQLError> errors)
    {
        Schema = schema;
        Document = document;
        Options = options;
        TypeInfo = new TypeInfo(schema);
        _errors = errors;
        _maxErrors = options.MaxErrors;
    }

    /// <summary>The schema the document is validated against.</summary>
    public Schema Schema { get; }

    /// <summary>The document being validated.</summary>
    public DocumentNode Document { get; }

    /// <summary>The options of this validation.</summary>
    public ValidationOptions Options { get; }

    /// <summary>The types in scope at the current node.</summary>
    public TypeInfo TypeInfo { get; }

    /// <summary>When true, messages carry no "Did you mean ...?" suggestions.</summary>
    public bool HideSuggestions => Options.HideSuggestions;

    /// <summary>Whether messages must not repeat input values (<see cref="ValidationOptions.RedactValues"/>).</summary>
    public bool RedactValues => Options.RedactValues;

    /// <summary>The top-level definition being walked.</summary>
    public DefinitionNode? CurrentDefinition { get; internal set; }

    /// <summary>
    /// The location of the node whose directives are being walked (null outside directive lists); for
    /// type-system nodes, the type-system location.
    /// </summary>
    public DirectiveLocation? DirectiveLocation { get; internal set; }

    /// <summary>The errors reported so far.</summary>
    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <summary>Reports an error; past <see cref="ValidationOptions.MaxErrors"/>, validation stops.</summary>
    public void ReportError(GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (_errors.Count >= _maxErrors)
        {
            _errors.Add(GraphQLError.WithCode(TooManyErrorsMessage, ErrorCodes.ValidationFailed));
            throw new ValidationAbortedException();
        }

        _errors.Add(error);
    }

    /// <summary>Reports a spec validation error (code <c>GRAPHQL_VALIDATION_FAILED</c>) located at <paramref name="node"/>.</summary>
    public void ReportError(string message, SyntaxNode node) =>
        ReportError(new GraphQLError(message, LocationsOf(node), null, ValidationFailedExtensions));

    /// <summary>Reports a spec validation error located at two nodes.</summary>
    public void ReportError(string message, SyntaxNode first, SyntaxNode second) =>
        ReportError(new GraphQLError(message, LocationsOf(first, second), null, ValidationFailedExtensions));

    /// <summary>Reports a spec validation error located at several nodes.</summary>
    public void ReportError(string message, IReadOnlyList<SyntaxNode> nodes) =>
        ReportError(new GraphQLError(message, LocationsOf(nodes), null, ValidationFailedExtensions));

    /// <summary>Reports an error with its own code (the safety limits), located at <paramref name="nodes"/>.</summary>
    public void ReportError(string message, string code, params SyntaxNode[] nodes) =>
        ReportError(GraphQLError.WithCode(message, code, LocationsOf(nodes)));

    /// <summary>The fragment definition named <paramref name="name"/>, or null.</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    _fragments[fragment.Name.Value] = fragment;
                }
            }
        }

        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>The fragment spreads anywhere below a selection set (not following them), in graphql-js's order.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        _fragmentSpreads ??= new Dictionary<SelectionSetNode, List<FragmentSpreadNode>>(ReferenceEqualityComparer.Instance);
        if (_fragmentSpreads.TryGetValue(node, out var spreads))
        {
            return spreads;
        }

        spreads = [];
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(node);
        while (setsToVisit.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSet }:
                        setsToVisit.Push(fieldSet);
                        break;
                    case InlineFragmentNode inline:
                        setsToVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _fragmentSpreads[node] = spreads;
        return spreads;
    }

    /// <summary>The fragments an operation uses, directly or through other fragments.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return GetRecursivelyReferencedFragmentsForOperations([operation]);
    }

    /// <summary>The fragments any of <paramref name="operations"/> uses, directly or through other fragments.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragmentsForOperations(IReadOnlyList<OperationDefinitionNode> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        return ReferencedFragments(operations);
    }

    /// <summary>The variables used in an operation and the fragments it uses, with their expected types.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        _recursiveVariableUsages ??= new Dictionary<object, List<VariableUsage>>(ReferenceEqualityComparer.Instance);
        if (_recursiveVariableUsages.TryGetValue(operation, out var usages))
        {
            return usages;
        }

        var fragments = ReferencedFragments([operation]);
        if (!_recursiveVariableUsages.TryGetValue(fragments, out var fragmentUsages))
        {
            SpendFragmentWork(fragments.Count);
            fragmentUsages = [];
            foreach (var fragment in fragments)
            {
                var local = VariableUsagesOf(fragment);
                SpendFragmentWork(local.Count);
                fragmentUsages.AddRange(local);
            }

            _recursiveVariableUsages[fragments] = fragmentUsages;
        }

        SpendFragmentWork(fragmentUsages.Count);
        var own = VariableUsagesOf(operation);
        usages = new List<VariableUsage>(own.Count + fragmentUsages.Count);
        usages.AddRange(own);
        usages.AddRange(fragmentUsages);
        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    /// <summary>The variables used directly in an operation or fragment (not following spreads).</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return VariableUsagesOf(definition);
    }

    /// <summary>Spends fragment bookkeeping work; past graphql-js's budget, validation stops with "Validation aborted.".</summary>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0)
        {
            throw new ValidationAbortedException { Error = Aborted() };
        }
    }

    /// <summary>The error graphql-js adds when a work budget is spent.</summary>
    internal static GraphQLError Aborted() => GraphQLError.WithCode(AbortedMessage, ErrorCodes.ValidationFailed);

    internal static IReadOnlyList<SourceLocation>? LocationsOf(SyntaxNode node) =>
        node.Location is { } location ? [new SourceLocation(location.Line, location.Column)] : null;

    private static SourceLocation[]? LocationsOf(SyntaxNode first, SyntaxNode second)
    {
        if (first.Location is { } a && second.Location is { } b)
        {
            return [new SourceLocation(a.Line, a.Column), new SourceLocation(b.Line, b.Column)];
        }

        return LocationsOf([first, second])?.ToArray();
    }

    private static List<SourceLocation>? LocationsOf(IReadOnlyList<SyntaxNode> nodes)
    {
        List<SourceLocation>? locations = null;
        foreach (var node in nodes)
        {
            if (node.Location is { } location)
            {
                (locations ??= new List<SourceLocation>(nodes.Count)).Add(new SourceLocation(location.Line, location.Column));
            }
        }

        return locations;
    }

    private List<FragmentDefinitionNode> ReferencedFragments(IReadOnlyList<OperationDefinitionNode> operations)
    {
        var collected = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            {
                if (seen.Add(spread.Name.Value))
                {
                    collected.Add(spread.Name.Value);
                }
            }
        }

        // graphql-js caches by the set of names, whatever their order.
        var key = SetKey(collected);
        _recursiveFragments ??= new Dictionary<string, List<FragmentDefinitionNode>>(StringComparer.Ordinal);
        if (_recursiveFragments.TryGetValue(key, out var fragments))
        {
            return fragments;
        }

        fragments = [];
        SpendFragmentWork(collected.Count);
        for (var i = 0; i < collected.Count; i++)
        {
            var fragment = GetFragment(collected[i]);
            if (fragment is null)
            {
                continue;
            }

            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
            {
                if (seen.Add(spread.Name.Value))
                {
                    collected.Add(spread.Name.Value);
                }
            }
        }

        _recursiveFragments[key] = fragments;
        return fragments;
    }

    private static string SetKey(List<string> names)
    {
        if (names.Count == 0)
        {
            return string.Empty;
        }

        if (names.Count == 1)
        {
            return names[0];
        }

        var sorted = names.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return string.Join('\n', sorted);
    }

    private List<VariableUsage> VariableUsagesOf(ExecutableDefinitionNode definition)
    {
        _variableUsages ??= new Dictionary<ExecutableDefinitionNode, List<VariableUsage>>(ReferenceEqualityComparer.Instance);
        if (!_variableUsages.TryGetValue(definition, out var usages))
        {
            usages = VariableUsageCollector.Collect(Schema, definition);
            _variableUsages[definition] = usages;
        }

        return usages;
    }
}
