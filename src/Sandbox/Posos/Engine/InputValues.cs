using System.Collections;
using System.Globalization;

namespace Gateway.Sandbox.Posos.Engine;

/// <summary>Reads the coerced GraphQL argument values (dictionaries, lists, scalars) the engine hands to resolvers.</summary>
internal static class InputValues
{
    public static IReadOnlyDictionary<string, object?>? Map(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map,
        IDictionary<string, object?> dictionary => new Dictionary<string, object?>(dictionary, StringComparer.Ordinal),
        _ => null,
    };

    public static object? Field(IReadOnlyDictionary<string, object?>? map, string name) =>
        map is not null && map.TryGetValue(name, out var value) ? value : null;

    public static IEnumerable<object?> List(object? value) => value switch
    {
        null => [],
        string text => [text],
        IEnumerable items => items.Cast<object?>(),
        _ => [value],
    };

    public static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    public static double? Number(object? value) => value switch
    {
        null => null,
        double d => d,
        float f => f,
        int i => i,
        long l => l,
        decimal m => (double)m,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };
}
