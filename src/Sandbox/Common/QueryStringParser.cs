using System.Globalization;
using System.Text;

namespace Gateway.Sandbox.Common;

/// <summary>
/// Parses a raw query string as Express 4's default ("extended", <c>qs</c>) parser does, then orders the
/// names as <c>Object.entries</c> would: integer-like names first in ascending order, then the others in
/// order of first appearance. Values are decoded with <c>+</c> as space and <c>decodeURIComponent</c>
/// (left as they are when malformed); repeated names collect their values. Bracket syntax
/// (<c>a[b]=c</c>) is kept literally, a simplification: ECLAIRE's parameters never use it.
/// </summary>
internal static class QueryStringParser
{
    private const int ParameterLimit = 1000;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IReadOnlyList<QueryParameter> Parse(string? rawQuery)
    {
        var query = rawQuery ?? string.Empty;
        if (query.StartsWith('?'))
        {
            query = query[1..];
        }

        var order = new List<string>();
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var parts = query.Split('&');
        for (var i = 0; i < parts.Length && i < ParameterLimit; i++)
        {
            var part = parts[i];
            if (part.Length == 0)
            {
                continue;
            }

            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(equals < 0 ? part : part[..equals]);
            var value = equals < 0 ? string.Empty : Decode(part[(equals + 1)..]);
            if (name.Length == 0 || name == "__proto__")
            {
                continue;
            }

            if (!values.TryGetValue(name, out var list))
            {
                list = [];
                values[name] = list;
                order.Add(name);
            }

            list.Add(value);
        }

        var indices = order.Where(IsArrayIndex).OrderBy(n => ulong.Parse(n, CultureInfo.InvariantCulture));
        var others = order.Where(n => !IsArrayIndex(n));
        return [.. indices.Concat(others).Select(n => new QueryParameter(n, values[n]))];
    }

    /// <summary><c>decodeURIComponent(text.replace(/\+/g, ' '))</c>, or the text with spaces when malformed.</summary>
    public static string Decode(string text)
    {
        var withSpaces = text.Replace('+', ' ');
        if (!withSpaces.Contains('%', StringComparison.Ordinal))
        {
            return withSpaces;
        }

        var builder = new StringBuilder(withSpaces.Length);
        var bytes = new List<byte>();
        for (var i = 0; i < withSpaces.Length;)
        {
            if (withSpaces[i] != '%')
            {
                builder.Append(withSpaces[i]);
                i++;
                continue;
            }

            bytes.Clear();
            while (i < withSpaces.Length && withSpaces[i] == '%')
            {
                if (i + 2 >= withSpaces.Length || !IsHex(withSpaces[i + 1]) || !IsHex(withSpaces[i + 2]))
                {
                    return withSpaces;
                }

                bytes.Add(byte.Parse(withSpaces.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 3;
            }

            try
            {
                builder.Append(StrictUtf8.GetString([.. bytes]));
            }
            catch (DecoderFallbackException)
            {
                return withSpaces;
            }
        }

        return builder.ToString();
    }

    /// <summary>True for a canonical array index ("0", "12", not "012"), which JavaScript orders first.</summary>
    private static bool IsArrayIndex(string name) =>
        name.Length > 0
        && name.All(char.IsAsciiDigit)
        && (name.Length == 1 || name[0] != '0')
        && ulong.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
        && value < uint.MaxValue;

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);
}
