using System.ComponentModel;
using System.Reflection;

namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>Reads the code-first attributes (inherited ones included) from types, members and parameters.</summary>
internal static class AttributeReader
{
    public static T? Get<T>(ICustomAttributeProvider provider)
        where T : Attribute => provider switch
        {
            MemberInfo member => (T?)Attribute.GetCustomAttribute(member, typeof(T), inherit: true),
            ParameterInfo parameter => (T?)Attribute.GetCustomAttribute(parameter, typeof(T), inherit: true),
            _ => provider.GetCustomAttributes(typeof(T), inherit: true).OfType<T>().FirstOrDefault(),
        };

    public static bool Has<T>(ICustomAttributeProvider provider)
        where T : Attribute => Get<T>(provider) is not null;

    /// <summary>The first of the providers that has the attribute (a property, then its constructor parameter).</summary>
    public static T? Get<T>(ICustomAttributeProvider first, ICustomAttributeProvider? second)
        where T : Attribute => Get<T>(first) ?? (second is null ? null : Get<T>(second));

    /// <summary><see cref="GraphQLDescriptionAttribute"/>, else <see cref="DescriptionAttribute"/>.</summary>
    public static string? Description(ICustomAttributeProvider provider, ICustomAttributeProvider? fallback = null) =>
        Get<GraphQLDescriptionAttribute>(provider, fallback)?.Description ?? Get<DescriptionAttribute>(provider, fallback)?.Description;

    /// <summary><see cref="GraphQLDeprecatedAttribute"/>, else <see cref="ObsoleteAttribute"/> (its message or the default reason).</summary>
    public static string? DeprecationReason(ICustomAttributeProvider provider, ICustomAttributeProvider? fallback = null)
    {
        if (Get<GraphQLDeprecatedAttribute>(provider, fallback) is { } deprecated)
        {
            return deprecated.Reason;
        }

        return Get<ObsoleteAttribute>(provider, fallback) is { } obsolete
            ? string.IsNullOrEmpty(obsolete.Message) ? BuiltInDirectives.DefaultDeprecationReason : obsolete.Message
            : null;
    }
}
