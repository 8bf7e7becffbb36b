using System.Reflection;

namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>C# default values as CLR values of the declared type.</summary>
internal static class ClrDefaults
{
    /// <summary>The value of an optional parameter's default (enums as the enum, <c>= default</c> of a struct as its default).</summary>
    public static object? Normalize(object? value, Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (value is null || value is DBNull || value == Missing.Value)
        {
            return underlying is null && type.IsValueType ? Activator.CreateInstance(type) : null;
        }

        var target = underlying ?? type;
        if (target.IsEnum && value.GetType() != target)
        {
            return Enum.ToObject(target, value);
        }

        return value;
    }

    /// <summary>What a constructor parameter gets when its input field is absent: its C# default, else the type's default.</summary>
    public static object? Fallback(ParameterInfo parameter) =>
        parameter.HasDefaultValue
            ? Normalize(parameter.DefaultValue, parameter.ParameterType)
            : parameter.ParameterType.IsValueType && Nullable.GetUnderlyingType(parameter.ParameterType) is null
                ? Activator.CreateInstance(parameter.ParameterType)
                : null;
}
