namespace Gateway.GraphQL.Types.Scalars;

/// <summary>
/// Shared instances of the scalars beyond the spec's five: <c>Long</c>, <c>DateTime</c>, <c>Date</c>,
/// <c>UUID</c> and <c>URL</c>. A schema holds one instance per type name, so schema builders should use
/// these rather than new instances.
/// </summary>
public static class ExtendedScalars
{
    public static LongType Long { get; } = new();

    public static DateTimeType DateTime { get; } = new();

    public static DateType Date { get; } = new();

    public static UuidType Uuid { get; } = new();

    public static UrlType Url { get; } = new();

    /// <summary>In the order schema builders list them.</summary>
    public static IReadOnlyList<ScalarType> All { get; } = [Long, DateTime, Date, Uuid, Url];

    /// <summary>The extended scalar named <paramref name="name"/>, or null.</summary>
    public static ScalarType? Find(string name) => name switch
    {
        "Long" => Long,
        "DateTime" => DateTime,
        "Date" => Date,
        "UUID" => Uuid,
        "URL" => Url,
        _ => null,
    };
}
