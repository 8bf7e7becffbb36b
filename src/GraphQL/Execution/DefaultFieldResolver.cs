using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// The resolver of fields without one (graphql-js <c>defaultFieldResolver</c>): the parent's entry or
/// member named like the field. Works on string-keyed dictionaries, JSON objects and plain CLR objects
/// (public properties and fields, matched by exact name, then ignoring case). Anything else gives null.
/// </summary>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> Accessors = new();

    public static ValueTask<object?> Resolve(IResolverContext context) => new(GetMember(context.Parent, context.Field.Name));

    /// <summary>The member <paramref name="name"/> of <paramref name="parent"/>, or null.</summary>
    public static object? GetMember(object? parent, string name)
    {
        switch (parent)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.GetValueOrDefault(name);
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out var value) ? value : null;
            case IDictionary untyped:
                return untyped.Contains(name) ? untyped[name] : null;
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                return element.TryGetProperty(name, out var property) ? property : null;
            case JsonElement or string or ValueType:
                return null;
        }

        var accessor = Accessors.GetOrAdd((parent.GetType(), name), static key => CreateAccessor(key.Item1, key.Item2));
        return accessor?.Invoke(parent);
    }

    private static Func<object, object?>? CreateAccessor(Type type, string name)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
        var property = type.GetProperty(name, flags)
            ?? type.GetProperties(flags).FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        if (property is not null && property.GetIndexParameters().Length == 0 && property.GetMethod is not null)
        {
            return property.GetValue;
        }

        var field = type.GetField(name, flags)
            ?? type.GetFields(flags).FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
        return field is null ? null : field.GetValue;
    }
}
