using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>
/// A scalar: a leaf type with its three coercions (spec section 3.5). Each throws a
/// <see cref="GraphQLException"/> with a graphql-js-compatible message when a value cannot be coerced;
/// the executor adds the path and locations.
/// </summary>
public abstract class ScalarType : NamedType
{
    protected ScalarType(string name)
        : base(name)
    {
    }

    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The URL of the scalar's specification (<c>@specifiedBy</c>), if any.</summary>
    public string? SpecifiedByUrl { get; init; }

    /// <summary>
    /// Result coercion: turns a resolver's value into what the JSON writer writes: null, string, bool,
    /// int, long, double, decimal, or a <see cref="System.Text.Json.JsonElement"/>; lists and dictionaries
    /// of those for structured custom scalars.
    /// </summary>
    public abstract object? Serialize(object? value);

    /// <summary>
    /// Input coercion of a value from variables: null, bool, string, a number (int, long, double,
    /// decimal), a list or a string-keyed dictionary.
    /// </summary>
    public abstract object? ParseValue(object? value);

    /// <summary>
    /// Input coercion of a literal. The literal is never a top-level variable (the caller substitutes
    /// those); <paramref name="variables"/> serves structured custom scalars whose literals nest variables.
    /// </summary>
    public abstract object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables);

    /// <summary>
    /// The literal for an internal value (used to print default values), or null when the value cannot
    /// be represented. The default serializes the value and builds the literal of the resulting JSON value.
    /// </summary>
    public virtual ValueNode? ToLiteral(object? value) => ValueLiterals.FromSerializedValue(Serialize(value));
}
