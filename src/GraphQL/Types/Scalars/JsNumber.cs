using System.Globalization;

namespace Gateway.GraphQL.Types.Scalars;

/// <summary>
/// Numbers as JavaScript sees them: every number is a double, printed by <c>Number.prototype.toString</c>.
/// The engine follows these rules where graphql-js's observable behaviour depends on them (the String
/// scalar's serialization of numbers, Float output text), so that results match the reference.
/// </summary>
public static class JsNumber
{
    /// <summary>Prints a double exactly as JavaScript's <c>String(n)</c> does.</summary>
    public static string ToString(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return "0";
        }

        // Shortest round-trip digits and the decimal exponent, from .NET's "R" formatting.
        var text = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var point = text.IndexOf('.', StringComparison.Ordinal);
        var integerDigits = point >= 0 ? point : text.Length;
        var digits = point >= 0 ? text.Remove(point, 1) : text;

        // Normalize to 0.d1d2...dk x 10^n with d1 != 0.
        var leadingZeros = 0;
        while (leadingZeros < digits.Length - 1 && digits[leadingZeros] == '0')
        {
            leadingZeros++;
        }

        digits = digits[leadingZeros..].TrimEnd('0');
        if (digits.Length == 0)
        {
            return "0";
        }

        var n = integerDigits - leadingZeros + exponent;
        var k = digits.Length;
        string result;
        if (k <= n && n <= 21)
        {
            result = digits + new string('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            result = digits[..n] + "." + digits[n..];
        }
        else if (-6 < n && n <= 0)
        {
            result = "0." + new string('0', -n) + digits;
        }
        else
        {
            var exp = n - 1;
            var sign = exp < 0 ? "-" : "+";
            var mantissa = k == 1 ? digits : digits[..1] + "." + digits[1..];
            result = mantissa + "e" + sign + Math.Abs(exp).ToString(CultureInfo.InvariantCulture);
        }

        return value < 0 ? "-" + result : result;
    }

    /// <summary>
    /// Reads a CLR number as a double (as JavaScript would hold it); false for anything that is not a number.
    /// </summary>
    public static bool TryGetDouble(object? value, out double number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case double d: number = d; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case sbyte sb: number = sb; return true;
            case ushort us: number = us; return true;
            case uint ui: number = ui; return true;
            case ulong ul: number = ul; return true;
            default: number = 0; return false;
        }
    }

    /// <summary>JavaScript's <c>Number.isInteger</c>.</summary>
    public static bool IsInteger(double value) => double.IsFinite(value) && Math.Floor(value) == value;

    /// <summary>
    /// JavaScript's <c>Number(string)</c> for a non-empty string: decimal, hexadecimal (0x), octal (0o),
    /// binary (0b), Infinity, surrounding white space; NaN when the text is not a number.
    /// </summary>
    public static double Parse(string text)
    {
        var s = text.Trim();
        if (s.Length == 0)
        {
            return 0;
        }

        if (s.Length > 2 && s[0] == '0' && (s[1] is 'x' or 'X' or 'o' or 'O' or 'b' or 'B'))
        {
            var radix = s[1] is 'x' or 'X' ? 16 : s[1] is 'o' or 'O' ? 8 : 2;
            double acc = 0;
            foreach (var c in s.AsSpan(2))
            {
                var digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : 99;
                if (digit >= radix)
                {
                    return double.NaN;
                }

                acc = (acc * radix) + digit;
            }

            return acc;
        }

        switch (s)
        {
            case "Infinity" or "+Infinity": return double.PositiveInfinity;
            case "-Infinity": return double.NegativeInfinity;
        }

        foreach (var c in s)
        {
            if (!(char.IsAsciiDigit(c) || c is '.' or 'e' or 'E' or '+' or '-'))
            {
                return double.NaN;
            }
        }

        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var result) ? result : double.NaN;
    }
}
