using System.Globalization;
using Gateway.GraphQL.Types.Scalars;

namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>
/// Converts the internal value of a scalar or enum (what input coercion produced: int, double, string,
/// bool, long, DateTimeOffset, DateOnly, Guid, Uri, a CLR enum...) to the CLR type a resolver parameter
/// or input property declares: numbers between numeric types (range-checked), ID strings to numbers or
/// Guids, DateTimeOffset to DateTime, and so on. Conversion failures are field errors.
/// </summary>
internal static class ScalarConversion
{
    public static Func<object?, object?> For(Type target)
    {
        if (target == typeof(object))
        {
            return static value => value;
        }

        if (target.IsEnum)
        {
            return value => ToEnum(value, target);
        }

        if (target == typeof(string))
        {
            return static value => value switch
            {
                string s => s,
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                _ => value?.ToString(),
            };
        }

        if (IsNumeric(target))
        {
            return value => ToNumber(value, target);
        }

        if (target == typeof(DateTime))
        {
            return static value => value switch
            {
                DateTime d => d,
                DateTimeOffset o => o.UtcDateTime,
                DateOnly d => d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified),
                _ => throw CannotConvert(value, typeof(DateTime)),
            };
        }

        if (target == typeof(DateTimeOffset))
        {
            return static value => value switch
            {
                DateTimeOffset o => o,
                DateTime d => DateTimeType.ToDateTimeOffset(d),
                DateOnly d => new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)),
                _ => throw CannotConvert(value, typeof(DateTimeOffset)),
            };
        }

        if (target == typeof(DateOnly))
        {
            return static value => value switch
            {
                DateOnly d => d,
                DateTime d => DateOnly.FromDateTime(d),
                DateTimeOffset o => DateOnly.FromDateTime(o.DateTime),
                _ => throw CannotConvert(value, typeof(DateOnly)),
            };
        }

        if (target == typeof(Guid))
        {
            return static value => value switch
            {
                Guid g => g,
                string s when Guid.TryParse(s, out var parsed) => parsed,
                _ => throw CannotConvert(value, typeof(Guid)),
            };
        }

        if (target == typeof(Uri))
        {
            return static value => value switch
            {
                Uri u => u,
                string s when Uri.TryCreate(s, UriKind.RelativeOrAbsolute, out var parsed) => parsed,
                _ => throw CannotConvert(value, typeof(Uri)),
            };
        }

        return value => value is null || target.IsInstanceOfType(value) ? value : throw CannotConvert(value, target);
    }

    public static bool IsNumeric(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) || type == typeof(sbyte)
        || type == typeof(ushort) || type == typeof(uint) || type == typeof(ulong) || type == typeof(double) || type == typeof(float)
        || type == typeof(decimal);

    private static object? ToEnum(object? value, Type target)
    {
        switch (value)
        {
            case null:
                return null;
            case Enum when value.GetType() == target:
                return value;
            case string s when Enum.TryParse(target, s, ignoreCase: false, out var parsed):
                return parsed;
            case int or long or short or byte or sbyte or ushort or uint or ulong:
                return Enum.ToObject(target, value);
            default:
                throw CannotConvert(value, target);
        }
    }

    private static object? ToNumber(object? value, Type target)
    {
        if (value is null || value.GetType() == target)
        {
            return value;
        }

        var integral = target != typeof(double) && target != typeof(float) && target != typeof(decimal);
        try
        {
            switch (value)
            {
                case string s:
                    var styles = integral ? NumberStyles.AllowLeadingSign : NumberStyles.Float;
                    return Convert.ChangeType(decimal.Parse(s, styles, CultureInfo.InvariantCulture), target, CultureInfo.InvariantCulture);
                case double d when integral && !JsNumber.IsInteger(d):
                case float f when integral && !JsNumber.IsInteger(f):
                case decimal m when integral && decimal.Truncate(m) != m:
                    throw CannotConvert(value, target);
                case IConvertible when JsNumber.TryGetDouble(value, out _):
                    return Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
                default:
                    throw CannotConvert(value, target);
            }
        }
        catch (Exception error) when (error is OverflowException or FormatException)
        {
            throw CannotConvert(value, target);
        }
    }

    private static GraphQLException CannotConvert(object? value, Type target) =>
        new($"Cannot convert {ValueInspector.Inspect(value)} to {TypeAnalysis.DisplayName(target)}.");
}
