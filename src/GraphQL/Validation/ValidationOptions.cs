namespace Gateway.GraphQL.Validation;

/// <summary>
/// How a document is validated: the rules (the spec's by default), the error limit, and the safety
/// limits that keep a public endpoint alive. A limit set to null is off. The safety limits are checked
/// first, in one linear pass over the document (fragments followed through memoized summaries); a
/// document over any of them is refused with those errors alone, before the spec rules run, so an
/// oversized document costs no more than that pass.
/// </summary>
/// <remarks>
/// <para>Defaults (<see cref="Default"/>): depth 15, cost 1,000, 1,000 fields, 1,000 fragment spreads,
/// introspection allowed with at most 10 nested <c>ofType</c>, 100 errors. <see cref="Unlimited"/> runs the spec
/// rules only, exactly as graphql-js's <c>validate</c> does.</para>
/// <para>Cost model: a field returning an object, interface or union costs <see cref="CompositeFieldCost"/>
/// (1), a scalar or enum field <see cref="LeafFieldCost"/> (0); the cost of a field's selections is
/// multiplied by its list size when the field returns a list: the value of its first
/// <see cref="ListSizeArguments"/> argument (<c>first</c>, <c>last</c>, <c>count</c>, <c>limit</c>) when
/// given as a literal, or as a variable with a known value, else <see cref="DefaultListSize"/> (10).
/// Introspection (<c>__schema</c>, <c>__type</c> and the fields of the introspection types) costs nothing: it is
/// bounded by <see cref="AllowIntrospection"/>, <see cref="MaxIntrospectionTypeDepth"/> and graphql-js's
/// introspection depth rule. Validation by document alone (what the executor caches) knows no variable
/// values, so a list size given by a variable counts as <see cref="DefaultListSize"/>; the overload of
/// <see cref="DocumentValidator.CheckLimits(Types.Schema, Language.DocumentNode, IReadOnlyDictionary{string, object?}?, ValidationOptions?)"/>
/// that takes variables counts their values.</para>
/// </remarks>
public sealed record ValidationOptions
{
    /// <summary>The spec rules with every safety limit at its default.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>The spec rules only, behaving exactly like graphql-js (used by the conformance runner).</summary>
    public static ValidationOptions Unlimited { get; } = new()
    {
        MaxDepth = null,
        MaxCost = null,
        MaxFields = null,
        MaxFragmentSpreads = null,
        MaxIntrospectionTypeDepth = null,
        AllowIntrospection = true,
    };

    /// <summary>The rules to run, in order (default: <see cref="SpecifiedRules.All"/>).</summary>
    public IReadOnlyList<Func<ValidationContext, ValidationRule>> Rules { get; init; } = SpecifiedRules.All;

    /// <summary>
    /// Errors reported before validation stops with "Too many validation errors, error limit reached.
    /// Validation aborted." (graphql-js's <c>maxErrors</c>, default 100).
    /// </summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>Leaves the "Did you mean ...?" suggestions out of messages (they reveal schema names).</summary>
    public bool HideSuggestions { get; init; }

    /// <summary>
    /// When true, messages about invalid values do not repeat the value (nor a scalar's message, which quotes it):
    /// for endpoints whose inputs are personal or health data. graphql-js has no such mode; the default is false.
    /// </summary>
    public bool RedactValues { get; init; }

    /// <summary>
    /// The deepest nesting of fields an operation may select, fragments followed and introspection
    /// fields included (<c>{ a { b } }</c> has depth 2); default 15; code <c>MAX_DEPTH_EXCEEDED</c>.
    /// </summary>
    public int? MaxDepth { get; init; } = 15;

    /// <summary>The highest static cost an operation may have (see the cost model); default 1,000; code <c>MAX_COST_EXCEEDED</c>.</summary>
    public double? MaxCost { get; init; } = 1000;

    /// <summary>The cost of a field returning an object, interface or union (default 1).</summary>
    public double CompositeFieldCost { get; init; } = 1;

    /// <summary>The cost of a field returning a scalar or enum (default 0).</summary>
    public double LeafFieldCost { get; init; }

    /// <summary>The size assumed for a list field whose size argument is absent or unknown (default 10).</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>The arguments that give the size of a list field, first match wins (default first, last, count, limit).</summary>
    public IReadOnlyList<string> ListSizeArguments { get; init; } = ["first", "last", "count", "limit"];

    /// <summary>
    /// The most field selections an operation may make, fragments expanded (every alias counts);
    /// default 1,000; code <c>MAX_FIELDS_EXCEEDED</c>.
    /// </summary>
    public int? MaxFields { get; init; } = 1000;

    /// <summary>
    /// The most fragment spreads an operation may expand to, counting a fragment each time it is reached
    /// (guards against spreads that multiply); default 1,000; code <c>MAX_FRAGMENTS_EXCEEDED</c>.
    /// </summary>
    public int? MaxFragmentSpreads { get; init; } = 1000;

    /// <summary>When false, <c>__schema</c> and <c>__type</c> are refused (code <c>INTROSPECTION_DISABLED</c>); <c>__typename</c> is always allowed.</summary>
    public bool AllowIntrospection { get; init; } = true;

    /// <summary>
    /// The most <c>ofType</c> fields nested on one path of an introspection query (default 10; graphql-js's
    /// <c>getIntrospectionQuery</c> nests 9); code <c>MAX_DEPTH_EXCEEDED</c>.
    /// </summary>
    public int? MaxIntrospectionTypeDepth { get; init; } = 10;

    /// <summary>True when any safety limit is on.</summary>
    public bool HasLimits =>
        MaxDepth is not null || MaxCost is not null || MaxFields is not null || MaxFragmentSpreads is not null
        || MaxIntrospectionTypeDepth is not null || !AllowIntrospection;
}
