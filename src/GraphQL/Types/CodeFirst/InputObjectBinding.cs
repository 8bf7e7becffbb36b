using System.Linq.Expressions;
using System.Reflection;

namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>
/// How a CLR input class is built from a coerced input object (an ordered string-keyed dictionary): the
/// constructor, whose parameters are matched to fields (absent ones get their C# default value, or the
/// type's default), then the settable properties of the fields that are present (absent ones keep their
/// initial value). Compiled once into a delegate.
/// </summary>
internal sealed class InputObjectBinding(Type clrType, ConstructorInfo? constructor, IReadOnlyList<InputFieldBinding> fields)
{
    public Type ClrType { get; } = clrType;

    public ConstructorInfo? Constructor { get; } = constructor;

    public IReadOnlyList<InputFieldBinding> Fields { get; } = fields;

    public Func<IReadOnlyDictionary<string, object?>, object> Compile(InputValueConverters converters)
    {
        var dictionary = Expression.Parameter(typeof(IReadOnlyDictionary<string, object?>), "fields");
        var instance = Expression.Variable(ClrType, "instance");
        var raw = Expression.Variable(typeof(object), "raw");
        var body = new List<Expression>();

        Expression creation;
        if (Constructor is null)
        {
            creation = Expression.New(ClrType);
        }
        else
        {
            var arguments = Constructor.GetParameters().Select(parameter =>
            {
                var field = Fields.FirstOrDefault(f => f.ConstructorParameter == parameter);
                var fallback = Expression.Constant(ClrDefaults.Fallback(parameter), typeof(object));
                var typedFallback = Expression.Convert(fallback, parameter.ParameterType);
                if (field is null)
                {
                    return (Expression)typedFallback;
                }

                var read = typeof(ResolverRuntime).GetMethod(nameof(ResolverRuntime.ReadInputField))!.MakeGenericMethod(parameter.ParameterType);
                return Expression.Call(read, dictionary, Expression.Constant(field.Name), Expression.Constant(ConverterOf(field, converters)), typedFallback);
            });
            creation = Expression.New(Constructor, arguments);
        }

        body.Add(Expression.Assign(instance, creation));
        var tryGetValue = typeof(IReadOnlyDictionary<string, object?>).GetMethod(nameof(IReadOnlyDictionary<string, object?>.TryGetValue))!;
        foreach (var field in Fields)
        {
            if (field.Property is null || field.ConstructorParameter is not null)
            {
                continue;
            }

            var convert = typeof(ResolverRuntime).GetMethod(nameof(ResolverRuntime.ConvertValue))!.MakeGenericMethod(field.Property.PropertyType);
            body.Add(Expression.IfThen(
                Expression.Call(dictionary, tryGetValue, Expression.Constant(field.Name), raw),
                Expression.Assign(
                    Expression.Property(instance, field.Property),
                    Expression.Call(convert, raw, Expression.Constant(ConverterOf(field, converters))))));
        }

        body.Add(Expression.Convert(instance, typeof(object)));
        var lambda = Expression.Lambda<Func<IReadOnlyDictionary<string, object?>, object>>(Expression.Block([instance, raw], body), dictionary);
        return lambda.Compile();
    }

    private static Func<object?, object?> ConverterOf(InputFieldBinding field, InputValueConverters converters) =>
        field.HasTypeOverride ? converters.ForOverride(field.ClrType) : converters.For(field.ClrType);
}
