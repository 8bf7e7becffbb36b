using System.Globalization;
using System.Runtime.CompilerServices;
using Gateway.GraphQL.Introspection;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation.Limits;

/// <summary>
/// Checks the safety limits of <see cref="ValidationOptions"/> in one pass over the document: each
/// operation and fragment is walked once into a local summary (cost, field count, depth, <c>ofType</c>
/// depth, and the fragment spreads it makes with the list multiplier and depth at which it makes them);
/// an operation's totals then combine its summary with its fragments' totals, memoized per fragment,
/// so that spreads that multiply are counted arithmetically, never expanded. Cycles (reported by the
/// spec rules) contribute nothing.
/// </summary>
internal sealed class OperationLimitsAnalyzer
{
    private const double MaxFactor = 1e300;

    private readonly Schema _schema;
    private readonly ValidationOptions _options;
    private readonly IReadOnlyDictionary<string, object?>? _variables;
    private readonly List<GraphQLError> _errors;
    private readonly Dictionary<string, Summary> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Totals> _resolved = new(StringComparer.Ordinal);
    private readonly HashSet<string> _resolving = new(StringComparer.Ordinal);

    private OperationLimitsAnalyzer(Schema schema, ValidationOptions options, IReadOnlyDictionary<string, object?>? variables, List<GraphQLError> errors)
    {
        _schema = schema;
        _options = options;
        _variables = variables;
        _errors = errors;
    }

    /// <summary>Adds an error to <paramref name="errors"/> for every limit an operation of the document exceeds.</summary>
    public static void Analyze(Schema schema, DocumentNode document, ValidationOptions options, IReadOnlyDictionary<string, object?>? variables, List<GraphQLError> errors)
    {
        var analyzer = new OperationLimitsAnalyzer(schema, options, variables, errors);
        var operations = new List<(OperationDefinitionNode Node, Summary Summary)>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode operation:
                    var summary = new Summary();
                    analyzer.Walk(operation.SelectionSet, schema.GetRootType(operation.Operation), 1, 0, 0, summary);
                    operations.Add((operation, summary));
                    break;
                case FragmentDefinitionNode fragment:
                    var fragmentSummary = new Summary();
                    analyzer.Walk(fragment.SelectionSet, schema.GetType(fragment.TypeCondition.Name.Value), 1, 0, 0, fragmentSummary);
                    analyzer._fragments.TryAdd(fragment.Name.Value, fragmentSummary);
                    break;
            }
        }

        foreach (var (operation, summary) in operations)
        {
            analyzer.Check(operation, analyzer.Combine(summary));
        }
    }

    private static string Subject(OperationDefinitionNode operation) =>
        operation.Name is { } name ? $"Operation \"{name.Value}\"" : "The anonymous operation";

    private static string Format(double value) =>
        value >= 1e15 ? "more than 1000000000000000" : value.ToString("0.##", CultureInfo.InvariantCulture);

    private void Report(string message, string code, SyntaxNode node)
    {
        if (_errors.Count >= _options.MaxErrors)
        {
            _errors.Add(GraphQLError.WithCode(ValidationContext.TooManyErrorsMessage, ErrorCodes.ValidationFailed));
            throw new ValidationAbortedException();
        }

        _errors.Add(GraphQLError.WithCode(message, code, ValidationContext.LocationsOf(node)));
    }

    private void Check(OperationDefinitionNode operation, Totals totals)
    {
        var subject = Subject(operation);
        if (_options.MaxDepth is { } maxDepth && totals.Depth > maxDepth)
        {
            Report($"{subject} has a depth of {totals.Depth}, which exceeds the maximum allowed depth of {maxDepth}.", ErrorCodes.MaxDepthExceeded, operation);
        }

        if (_options.MaxIntrospectionTypeDepth is { } maxOfType && totals.OfTypeDepth > maxOfType)
        {
            Report(
                $"{subject} nests \"ofType\" {totals.OfTypeDepth} levels deep, which exceeds the maximum allowed introspection type depth of {maxOfType}.",
                ErrorCodes.MaxDepthExceeded,
                operation);
        }

        if (_options.MaxCost is { } maxCost && totals.Cost > maxCost)
        {
            Report($"{subject} has a cost of {Format(totals.Cost)}, which exceeds the maximum allowed cost of {Format(maxCost)}.", ErrorCodes.MaxCostExceeded, operation);
        }

        if (_options.MaxFields is { } maxFields && totals.Fields > maxFields)
        {
            Report($"{subject} selects {Format(totals.Fields)} fields, which exceeds the maximum allowed number of fields of {maxFields}.", ErrorCodes.MaxFieldsExceeded, operation);
        }

        if (_options.MaxFragmentSpreads is { } maxSpreads && totals.Spreads > maxSpreads)
        {
            Report(
                $"{subject} expands {Format(totals.Spreads)} fragment spreads, which exceeds the maximum allowed number of fragment spreads of {maxSpreads}.",
                ErrorCodes.MaxFragmentsExceeded,
                operation);
        }
    }

    private void Walk(SelectionSetNode selectionSet, NamedType? parentType, double factor, int depth, int ofTypeDepth, Summary summary)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    WalkField(field, parentType, factor, depth, ofTypeDepth, summary);
                    break;
                case InlineFragmentNode inline:
                    var type = inline.TypeCondition is { } condition ? _schema.GetType(condition.Name.Value) : parentType;
                    Walk(inline.SelectionSet, type, factor, depth, ofTypeDepth, summary);
                    break;
                case FragmentSpreadNode spread:
                    summary.Spreads++;
                    summary.SpreadSites.Add(new SpreadSite(spread.Name.Value, factor, depth, ofTypeDepth));
                    break;
            }
        }
    }

    private void WalkField(FieldNode field, NamedType? parentType, double factor, int depth, int ofTypeDepth, Summary summary)
    {
        var name = field.Name.Value;
        var definition = TypeInfo.GetFieldDefinition(_schema, parentType, name);
        depth++;
        summary.Fields++;
        if (depth > summary.Depth)
        {
            summary.Depth = depth;
        }

        var isMetaField = ReferenceEquals(definition, IntrospectionTypes.SchemaField) || ReferenceEquals(definition, IntrospectionTypes.TypeField);
        if (isMetaField && !_options.AllowIntrospection)
        {
            Report($"Introspection is disabled: the field \"{name}\" cannot be queried.", ErrorCodes.IntrospectionDisabled, field);
        }

        if (name == "ofType" && ReferenceEquals(parentType, IntrospectionTypes.Type))
        {
            ofTypeDepth++;
            if (ofTypeDepth > summary.OfTypeDepth)
            {
                summary.OfTypeDepth = ofTypeDepth;
            }
        }

        var introspective = isMetaField || (parentType is not null && parentType.Name.StartsWith("__", StringComparison.Ordinal));
        var fieldType = definition?.Type;
        var namedType = fieldType?.GetNamedType();
        if (!introspective)
        {
            var composite = namedType is not null ? namedType.IsCompositeType : field.SelectionSet is not null;
            summary.Cost += factor * (composite ? _options.CompositeFieldCost : _options.LeafFieldCost);
        }

        if (field.SelectionSet is { } selectionSet)
        {
            var childFactor = introspective || fieldType?.Nullable is not ListType ? factor : Math.Min(factor * ListSize(field), MaxFactor);
            Walk(selectionSet, namedType, childFactor, depth, ofTypeDepth, summary);
        }
    }

    private double ListSize(FieldNode field)
    {
        foreach (var argumentName in _options.ListSizeArguments)
        {
            foreach (var argument in field.Arguments)
            {
                if (argument.Name.Value != argumentName)
                {
                    continue;
                }

                switch (argument.Value)
                {
                    case IntValueNode literal when double.TryParse(literal.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var size):
                        return Math.Max(size, 0);
                    case VariableNode variable when _variables is not null && _variables.TryGetValue(variable.Name.Value, out var value) && ToNumber(value) is { } size:
                        return Math.Max(size, 0);
                    default:
                        return _options.DefaultListSize;
                }
            }
        }

        return _options.DefaultListSize;
    }

    private static double? ToNumber(object? value) => value switch
    {
        int i => i,
        long l => l,
        double d when !double.IsNaN(d) => d,
        decimal m => (double)m,
        float f when !float.IsNaN(f) => f,
        short s => s,
        _ => null,
    };

    private Totals Combine(Summary summary)
    {
        var totals = new Totals(summary.Cost, summary.Fields, summary.Depth, summary.OfTypeDepth, summary.Spreads);
        foreach (var site in summary.SpreadSites)
        {
            var fragment = Resolve(site.Name);
            if (fragment.Cost > 0)
            {
                totals.Cost = Math.Min(totals.Cost + (site.Factor * fragment.Cost), MaxFactor);
            }

            totals.Fields = Math.Min(totals.Fields + fragment.Fields, MaxFactor);
            totals.Spreads = Math.Min(totals.Spreads + fragment.Spreads, MaxFactor);
            if (fragment.Fields > 0)
            {
                totals.Depth = Math.Max(totals.Depth, site.Depth + fragment.Depth);
                totals.OfTypeDepth = Math.Max(totals.OfTypeDepth, site.OfTypeDepth + fragment.OfTypeDepth);
            }
        }

        return totals;
    }

    private Totals Resolve(string name)
    {
        if (_resolved.TryGetValue(name, out var totals))
        {
            return totals;
        }

        if (!_fragments.TryGetValue(name, out var summary) || !_resolving.Add(name))
        {
            // Unknown fragments and cycles are reported by the spec rules; they add nothing here.
            return new Totals(0, 0, 0, 0, 0);
        }

        RuntimeHelpers.EnsureSufficientExecutionStack();
        totals = Combine(summary);
        _resolving.Remove(name);
        _resolved[name] = totals;
        return totals;
    }

    private readonly record struct SpreadSite(string Name, double Factor, int Depth, int OfTypeDepth);

    private sealed class Summary
    {
        public double Cost { get; set; }

        public double Fields { get; set; }

        public int Depth { get; set; }

        public int OfTypeDepth { get; set; }

        public double Spreads { get; set; }

        public List<SpreadSite> SpreadSites { get; } = [];
    }

    private sealed class Totals(double cost, double fields, int depth, int ofTypeDepth, double spreads)
    {
        public double Cost { get; set; } = cost;

        public double Fields { get; set; } = fields;

        public int Depth { get; set; } = depth;

        public int OfTypeDepth { get; set; } = ofTypeDepth;

        public double Spreads { get; set; } = spreads;
    }
}
