using System.Text;

namespace Gateway.Sandbox.Common;

/// <summary>
/// The WHATWG <c>application/x-www-form-urlencoded</c> serializer (what Node's <c>URLSearchParams</c>
/// writes), used to build ECLAIRE's <c>self</c>/<c>next</c> links byte for byte.
/// </summary>
internal static class FormUrlEncoding
{
    public static string Serialize(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var builder = new StringBuilder();
        foreach (var (name, value) in pairs)
        {
            if (builder.Length > 0)
            {
                builder.Append('&');
            }

            Append(builder, name);
            builder.Append('=');
            Append(builder, value);
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, string text)
    {
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            if (b == (byte)' ')
            {
                builder.Append('+');
            }
            else if (b is (byte)'*' or (byte)'-' or (byte)'.' or (byte)'_' || (b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z'))
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(HexDigits[b >> 4]).Append(HexDigits[b & 0xF]);
            }
        }
    }

    private const string HexDigits = "0123456789ABCDEF";
}
