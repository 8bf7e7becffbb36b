using System.Text.Json;
using Gateway.GraphQL.Execution;
using Gateway.Upstream;

namespace Gateway.Fetching;

/// <summary>
/// Reads the fields of a forwarded Posos answer. The operation sent to Posos keeps the client's response keys (its
/// aliases), so the value of a field is the member of the parent's JSON object named by the field's response key:
/// <c>a: designation</c> reads <c>"a"</c>. Absent and null members are null; a member of the wrong JSON kind means
/// Posos broke its schema, reported as <c>UPSTREAM_UNAVAILABLE</c> on that field only (never with the value).
/// </summary>
internal static class PososFieldValues
{
    /// <summary>The member for the field being resolved, or null when absent or null.</summary>
    public static JsonElement? Value(JsonElement parent, IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return parent.ValueKind == JsonValueKind.Object
            && parent.TryGetProperty(context.ResponseKey, out var value)
            && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
                ? value
                : null;
    }

    /// <summary>A string field (numbers and booleans read as their JSON text).</summary>
    public static string? String(JsonElement parent, IResolverContext context) =>
        Value(parent, context) is { } value ? Text(value, context) : null;

    /// <summary>A number field (a numeric string is read too).</summary>
    public static double? Number(JsonElement parent, IResolverContext context)
    {
        if (Value(parent, context) is not { } value)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String
            && double.TryParse(JsonStrings.Read(value), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        throw PososErrors.Malformed(context, "a number");
    }

    /// <summary>A list of strings (items may be null).</summary>
    public static IReadOnlyList<string?>? Strings(JsonElement parent, IResolverContext context) =>
        List(parent, context, item => item.ValueKind is JsonValueKind.Null ? null : Text(item, context));

    /// <summary>An object field, wrapped by <paramref name="create"/>.</summary>
    public static T? Object<T>(JsonElement parent, IResolverContext context, Func<JsonElement, T> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(create);
        if (Value(parent, context) is not { } value)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object ? create(value) : throw PososErrors.Malformed(context, "an object");
    }

    /// <summary>A list of objects, each wrapped by <paramref name="create"/> (items may be null).</summary>
    public static IReadOnlyList<T?>? Objects<T>(JsonElement parent, IResolverContext context, Func<JsonElement, T> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(create);
        return List(parent, context, item => item.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.Object => create(item),
            _ => throw PososErrors.Malformed(context, "a list of objects"),
        });
    }

    /// <summary>An enum field: <paramref name="parse"/> reads Posos's value (null when the gateway does not know it: then an error).</summary>
    public static TEnum? Enum<TEnum>(JsonElement parent, IResolverContext context, Func<string, TEnum?> parse)
        where TEnum : struct, System.Enum
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (Value(parent, context) is not { } value)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String && parse(JsonStrings.Read(value)) is { } known
            ? known
            : throw PososErrors.Malformed(context, "a value of " + typeof(TEnum).Name);
    }

    /// <summary>A list of enum values (items may be null).</summary>
    public static IReadOnlyList<TEnum?>? Enums<TEnum>(JsonElement parent, IResolverContext context, Func<string, TEnum?> parse)
        where TEnum : struct, System.Enum
    {
        ArgumentNullException.ThrowIfNull(parse);
        return List<TEnum?>(parent, context, item => item.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String when parse(JsonStrings.Read(item)) is { } known => known,
            _ => throw PososErrors.Malformed(context, "a list of " + typeof(TEnum).Name),
        });
    }

    private static List<T>? List<T>(JsonElement parent, IResolverContext context, Func<JsonElement, T> read)
    {
        if (Value(parent, context) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw PososErrors.Malformed(context, "a list");
        }

        var items = new List<T>(value.GetArrayLength());
        foreach (var item in value.EnumerateArray())
        {
            items.Add(read(item));
        }

        return items;
    }

    private static string Text(JsonElement value, IResolverContext context) => value.ValueKind switch
    {
        JsonValueKind.String => JsonStrings.Read(value),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => throw PososErrors.Malformed(context, "a string"),
    };
}
