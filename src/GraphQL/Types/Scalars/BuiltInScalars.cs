namespace Gateway.GraphQL.Types.Scalars;

/// <summary>The five scalars every schema has (spec section 3.5). Shared, immutable instances.</summary>
public static class BuiltInScalars
{
    public static IntType Int { get; } = new();

    public static FloatType Float { get; } = new();

    public static StringType String { get; } = new();

    public static BooleanType Boolean { get; } = new();

    public static IdType ID { get; } = new();

    /// <summary>In the order graphql-js lists them.</summary>
    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    public static ScalarType? Find(string name) => name switch
    {
        "String" => String,
        "Int" => Int,
        "Float" => Float,
        "Boolean" => Boolean,
        "ID" => ID,
        _ => null,
    };

    public static bool IsBuiltIn(string name) => Find(name) is not null;
}
