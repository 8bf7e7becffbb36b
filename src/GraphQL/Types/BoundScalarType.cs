using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>
/// A scalar declared in SDL whose behaviour comes from an implementation registered with
/// <see cref="SchemaBuilder.AddScalar"/>: the SDL gives the name, description, <c>@specifiedBy</c> URL and
/// directives (the implementation's own description and URL serve when the SDL has none), the
/// implementation gives the three coercions and the literal of a value.
/// </summary>
public sealed class BoundScalarType : ScalarType
{
    internal BoundScalarType(string name, ScalarType implementation)
        : base(name)
    {
        Implementation = implementation;
    }

    /// <summary>The registered scalar whose coercions this type uses.</summary>
    public ScalarType Implementation { get; }

    public override object? Serialize(object? value) => Implementation.Serialize(value);

    public override object? ParseValue(object? value) => Implementation.ParseValue(value);

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        Implementation.ParseLiteral(literal, variables);

    public override ValueNode? ToLiteral(object? value) => Implementation.ToLiteral(value);
}
