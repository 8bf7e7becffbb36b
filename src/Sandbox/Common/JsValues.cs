using System.Globalization;

namespace Gateway.Sandbox.Common;

/// <summary>
/// The JavaScript conversions the real ECLAIRE API (Node.js) applies to query values, reproduced so the
/// sandbox accepts and rejects exactly what it does: <c>Number(value)</c>, <c>parseInt(value, 10)</c>
/// and <c>String(number)</c>.
/// </summary>
internal static class JsValues
{
    /// <summary>JavaScript's <c>Number(text)</c> (StringToNumber): NaN when the text is not a numeric literal.</summary>
    public static double ToNumber(string text)
    {
        var trimmed = TrimJsWhitespace(text);
        if (trimmed.Length == 0)
        {
            return 0;
        }

        if (trimmed.Length > 2 && trimmed[0] == '0')
        {
            var radix = trimmed[1] switch
            {
                'x' or 'X' => 16,
                'o' or 'O' => 8,
                'b' or 'B' => 2,
                _ => 0,
            };
            if (radix != 0)
            {
                return ParseRadixDigits(trimmed.AsSpan(2), radix);
            }
        }

        var body = trimmed.AsSpan();
        var negative = false;
        if (body[0] is '+' or '-')
        {
            negative = body[0] == '-';
            body = body[1..];
        }

        if (body.SequenceEqual("Infinity"))
        {
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        }

        if (!IsDecimalLiteral(body))
        {
            return double.NaN;
        }

        var value = double.Parse(body, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
        return negative ? -value : value;
    }

    /// <summary>JavaScript's <c>parseInt(text, 10)</c>: the leading decimal integer, or NaN.</summary>
    public static double ParseInt(string text)
    {
        var span = TrimJsWhitespace(text).AsSpan();
        var negative = false;
        if (span.Length > 0 && span[0] is '+' or '-')
        {
            negative = span[0] == '-';
            span = span[1..];
        }

        var digits = 0;
        while (digits < span.Length && span[digits] is >= '0' and <= '9')
        {
            digits++;
        }

        if (digits == 0)
        {
            return double.NaN;
        }

        var value = double.Parse(span[..digits], NumberStyles.None, CultureInfo.InvariantCulture);
        return negative ? -value : value;
    }

    /// <summary>JavaScript's <c>String(number)</c> for the values paging produces.</summary>
    public static string ToJsString(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == Math.Floor(value) && Math.Abs(value) < 1e21)
        {
            return value.ToString("0", CultureInfo.InvariantCulture);
        }

        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>True for the JavaScript whitespace and line terminators <c>String.prototype.trim</c> removes.</summary>
    public static bool IsJsWhitespace(char c) =>
        c is '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00A0' or '\u1680' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF'
        || c is >= '\u2000' and <= '\u200A';

    public static string TrimJsWhitespace(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsJsWhitespace(text[start]))
        {
            start++;
        }

        while (end > start && IsJsWhitespace(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    private static bool IsDecimalLiteral(ReadOnlySpan<char> text)
    {
        var i = 0;
        var integerDigits = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
            integerDigits++;
        }

        var fractionDigits = 0;
        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
                fractionDigits++;
            }
        }

        if (integerDigits + fractionDigits == 0)
        {
            return false;
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }

            var exponentDigits = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
                exponentDigits++;
            }

            if (exponentDigits == 0)
            {
                return false;
            }
        }

        return i == text.Length;
    }

    private static double ParseRadixDigits(ReadOnlySpan<char> digits, int radix)
    {
        var value = 0.0;
        foreach (var c in digits)
        {
            var digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'z' => c - 'a' + 10,
                >= 'A' and <= 'Z' => c - 'A' + 10,
                _ => int.MaxValue,
            };
            if (digit >= radix)
            {
                return double.NaN;
            }

            value = (value * radix) + digit;
        }

        return value;
    }
}
