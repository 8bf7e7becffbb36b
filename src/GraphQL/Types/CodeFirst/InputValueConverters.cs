using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Gateway.GraphQL.Types.Scalars;

namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>
/// Builds (once per CLR type) the converters from coerced input values to the CLR types resolvers
/// declare: scalars and enums through <see cref="ScalarConversion"/>, lists (<c>List&lt;object?&gt;</c>)
/// to arrays, lists, sets and immutable collections, input objects (ordered dictionaries) to instances
/// of their CLR class. Converters receive non-null values.
/// </summary>
internal sealed class InputValueConverters(Func<Type, bool> isLeaf, Func<Type, InputObjectBinding> bindingFor)
{
    private static readonly MethodInfo ToListMethod = typeof(InputValueConverters).GetMethod(nameof(ToList), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo ToArrayMethod = typeof(InputValueConverters).GetMethod(nameof(ToArray), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo ToHashSetMethod = typeof(InputValueConverters).GetMethod(nameof(ToHashSet), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo ToImmutableArrayMethod = typeof(InputValueConverters).GetMethod(nameof(ToImmutableArray), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo ToImmutableListMethod = typeof(InputValueConverters).GetMethod(nameof(ToImmutableList), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly Dictionary<Type, Func<object?, object?>> _converters = [];

    public Func<object?, object?> For(Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (_converters.TryGetValue(target, out var converter))
        {
            return converter;
        }

        if (isLeaf(target))
        {
            converter = ScalarConversion.For(target);
            _converters[target] = converter;
            return converter;
        }

        if (TypeAnalysis.TryGetListElement(target, null, out var elementType, out _))
        {
            converter = CreateListConverter(target, elementType);
            _converters[target] = converter;
            return converter;
        }

        // Input objects may contain themselves: register a forwarding converter before compiling.
        Func<IReadOnlyDictionary<string, object?>, object>? factory = null;
        converter = value => value switch
        {
            null => null,
            _ when target.IsInstanceOfType(value) => value,
            IReadOnlyDictionary<string, object?> fields => factory!(fields),
            _ => throw new GraphQLException($"Cannot convert {ValueInspector.Inspect(value)} to {TypeAnalysis.DisplayName(target)}."),
        };
        _converters[target] = converter;
        factory = bindingFor(target).Compile(this);
        return converter;
    }

    /// <summary>
    /// The converter for a member whose GraphQL type is set by <see cref="GraphQLTypeAttribute"/>: lists
    /// are converted item by item, anything else as a scalar (values of the CLR type pass unchanged).
    /// </summary>
    public Func<object?, object?> ForOverride(Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (!isLeaf(target) && TypeAnalysis.TryGetListElement(target, null, out var elementType, out _))
        {
            return CreateListConverter(target, elementType, ForOverride(elementType));
        }

        return isLeaf(target) ? For(target) : ScalarConversion.For(target);
    }

    private Func<object?, object?> CreateListConverter(Type target, Type elementType) => CreateListConverter(target, elementType, For(elementType));

    private static Func<object?, object?> CreateListConverter(Type target, Type elementType, Func<object?, object?> element)
    {
        MethodInfo method;
        if (target.IsArray)
        {
            method = ToArrayMethod;
        }
        else if (target.IsAssignableFrom(typeof(List<>).MakeGenericType(elementType)))
        {
            method = ToListMethod;
        }
        else if (target.IsAssignableFrom(typeof(HashSet<>).MakeGenericType(elementType)))
        {
            method = ToHashSetMethod;
        }
        else if (target.IsAssignableFrom(typeof(ImmutableArray<>).MakeGenericType(elementType)))
        {
            method = ToImmutableArrayMethod;
        }
        else if (target.IsAssignableFrom(typeof(ImmutableList<>).MakeGenericType(elementType)))
        {
            method = ToImmutableListMethod;
        }
        else
        {
            // Collections with a constructor taking the items (LinkedList, Queue, ReadOnlyCollection...).
            var enumerable = typeof(IEnumerable<>).MakeGenericType(elementType);
            var list = typeof(IList<>).MakeGenericType(elementType);
            var constructor = target.GetConstructor([enumerable]) ?? target.GetConstructor([list])
                ?? throw new SchemaException($"The collection type {TypeAnalysis.DisplayName(target)} cannot be used for input: use an array, List<T>, IReadOnlyList<T>, IEnumerable<T> or HashSet<T>.");
            var toList = Instantiate(ToListMethod, elementType);
            return value => value is null ? null : constructor.Invoke([toList(value, element)]);
        }

        var convert = Instantiate(method, elementType);
        return value => value is null ? null : convert(value, element);
    }

    private static IEnumerable Items(object? value) =>
        value is IEnumerable items and not string and not IReadOnlyDictionary<string, object?> ? items : new[] { value };

    private static List<T> ConvertItems<T>(object? value, Func<object?, object?> element)
    {
        var result = value is ICollection collection ? new List<T>(collection.Count) : [];
        foreach (var item in Items(value))
        {
            result.Add(ResolverRuntime.ConvertValue<T>(item, element));
        }

        return result;
    }

    private static Func<object?, Func<object?, object?>, object?> ToList<T>() => static (value, element) => ConvertItems<T>(value, element);

    private static Func<object?, Func<object?, object?>, object?> ToArray<T>() => static (value, element) => ConvertItems<T>(value, element).ToArray();

    private static Func<object?, Func<object?, object?>, object?> ToHashSet<T>() => static (value, element) => new HashSet<T>(ConvertItems<T>(value, element));

    private static Func<object?, Func<object?, object?>, object?> ToImmutableArray<T>() => static (value, element) => ConvertItems<T>(value, element).ToImmutableArray();

    private static Func<object?, Func<object?, object?>, object?> ToImmutableList<T>() => static (value, element) => ConvertItems<T>(value, element).ToImmutableList();

    private static Func<object?, Func<object?, object?>, object?> Instantiate(MethodInfo factory, Type elementType) =>
        (Func<object?, Func<object?, object?>, object?>)factory.MakeGenericMethod(elementType).Invoke(null, null)!;
}
