using System.Collections;
using System.Reflection;

namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>
/// Reads the GraphQL shape of CLR types: Task/ValueTask unwrapping, nullability from
/// <see cref="NullabilityInfo"/> (oblivious reference types count as nullable), lists from arrays and
/// generic collections.
/// </summary>
internal static class TypeAnalysis
{
    private static readonly HashSet<Type> ListDefinitions =
    [
        typeof(IEnumerable<>), typeof(ICollection<>), typeof(IList<>), typeof(IReadOnlyCollection<>), typeof(IReadOnlyList<>),
        typeof(List<>), typeof(HashSet<>), typeof(ISet<>), typeof(IReadOnlySet<>), typeof(LinkedList<>), typeof(Queue<>),
        typeof(Stack<>), typeof(SortedSet<>), typeof(IQueryable<>), typeof(System.Collections.ObjectModel.Collection<>),
        typeof(System.Collections.ObjectModel.ReadOnlyCollection<>), typeof(System.Collections.Immutable.ImmutableArray<>),
        typeof(System.Collections.Immutable.ImmutableList<>), typeof(System.Collections.Immutable.IImmutableList<>),
    ];

    /// <summary>Removes a Task/ValueTask wrapper; <c>typeof(void)</c> for the non-generic ones.</summary>
    public static Type UnwrapAwaitable(Type type, NullabilityInfo? info, out NullabilityInfo? innerInfo, out AwaitKind kind)
    {
        innerInfo = info;
        kind = AwaitKind.None;
        if (type == typeof(Task) || type == typeof(ValueTask))
        {
            kind = type == typeof(Task) ? AwaitKind.Task : AwaitKind.ValueTask;
            return typeof(void);
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            if (definition == typeof(Task<>) || definition == typeof(ValueTask<>))
            {
                kind = definition == typeof(Task<>) ? AwaitKind.Task : AwaitKind.ValueTask;
                innerInfo = info is { GenericTypeArguments.Length: 1 } ? info.GenericTypeArguments[0] : null;
                return type.GetGenericArguments()[0];
            }
        }

        return type;
    }

    /// <summary>
    /// The shape of <paramref name="type"/>. <paramref name="isNamedType"/> tells which CLR types are
    /// leaves (scalars, enums) that must not be read as lists; <paramref name="useWriteState"/> reads the
    /// nullability of a property's setter (input fields) instead of its getter.
    /// </summary>
    public static TypeShape Analyze(Type type, NullabilityInfo? info, bool useWriteState, Func<Type, bool> isNamedType)
    {
        bool nullable;
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            nullable = true;
            info = info is { GenericTypeArguments.Length: 1 } ? info.GenericTypeArguments[0] : null;
            type = underlying;
        }
        else if (type.IsValueType)
        {
            nullable = false;
        }
        else
        {
            var state = info is null ? NullabilityState.Unknown : useWriteState ? info.WriteState : info.ReadState;
            nullable = state != NullabilityState.NotNull;
        }

        if (!isNamedType(type) && TryGetListElement(type, info, out var elementType, out var elementInfo))
        {
            var element = Analyze(elementType, elementInfo, useWriteState, isNamedType);
            return new TypeShape(nullable, element, element.NamedClrType);
        }

        return new TypeShape(nullable, null, type);
    }

    /// <summary>The item type of an array or generic collection (not string, not a dictionary).</summary>
    public static bool TryGetListElement(Type type, NullabilityInfo? info, out Type elementType, out NullabilityInfo? elementInfo)
    {
        elementInfo = null;
        elementType = typeof(object);
        if (type == typeof(string) || IsDictionary(type))
        {
            return false;
        }

        if (type.IsArray)
        {
            if (type.GetArrayRank() != 1)
            {
                return false;
            }

            elementType = type.GetElementType()!;
            elementInfo = info?.ElementType;
            return true;
        }

        if (type.IsGenericType && ListDefinitions.Contains(type.GetGenericTypeDefinition()))
        {
            elementType = type.GetGenericArguments()[0];
            elementInfo = info is { GenericTypeArguments.Length: 1 } ? info.GenericTypeArguments[0] : null;
            return true;
        }

        var enumerable = type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        if (enumerable is not null)
        {
            elementType = enumerable.GetGenericArguments()[0];
            return true;
        }

        return false;
    }

    public static bool IsDictionary(Type type) =>
        typeof(IDictionary).IsAssignableFrom(type)
        || (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>)))
        || type.GetInterfaces().Any(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(IDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)));

    /// <summary>A readable C# name of a type for error messages (<c>List&lt;Study&gt;</c>).</summary>
    public static string DisplayName(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return DisplayName(underlying) + "?";
        }

        if (type.IsArray)
        {
            return DisplayName(type.GetElementType()!) + "[]";
        }

        var name = type.IsNested && !type.IsGenericParameter ? DisplayName(type.DeclaringType!) + "." + type.Name : type.Name;
        if (!type.IsGenericType)
        {
            return type.IsNested || type.Namespace is null ? name : type.Namespace + "." + name;
        }

        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            name = name[..tick];
        }

        var arguments = string.Join(", ", type.GetGenericArguments().Select(DisplayName));
        var full = type.IsNested || type.Namespace is null ? name : type.Namespace + "." + name;
        return full + "<" + arguments + ">";
    }

    /// <summary><c>Type.Member</c> for error messages.</summary>
    public static string DisplayName(MemberInfo member) =>
        member is Type type ? DisplayName(type) : DisplayName(member.DeclaringType!) + "." + member.Name;

    /// <summary><c>Type.Method(Type name, ...)</c> for methods, else <c>Type.Member</c>, for error messages.</summary>
    public static string Signature(MemberInfo member) => member is MethodInfo method
        ? DisplayName(member) + "(" + string.Join(", ", method.GetParameters().Select(p => DisplayName(p.ParameterType) + " " + p.Name)) + ")"
        : DisplayName(member);

    /// <summary><c>Type.Method(parameter)</c> for error messages.</summary>
    public static string DisplayName(ParameterInfo parameter) =>
        DisplayName(parameter.Member) + "(" + parameter.Name + ")";
}
