using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Gateway.Api.Relay;

/// <summary>
/// Relay global ids: base64 (standard alphabet, padded) of the UTF-8 text <c>&lt;Type&gt;:&lt;id&gt;</c>, e.g.
/// <c>Study:2022-500014-26-00</c> → <c>U3R1ZHk6MjAyMi01MDAwMTQtMjYtMDA=</c>. ECLAIRE's own ids contain <c>-</c>, which
/// standard base64 never does, so an argument that is not a global id is read as an ECLAIRE id.
/// </summary>
internal static class GlobalId
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The global id of an object of a type.</summary>
    public static string Encode(string typeName, string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentNullException.ThrowIfNull(id);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(typeName + ":" + id));
    }

    /// <summary>Reads a global id; false when <paramref name="value"/> is not one (not base64, not UTF-8, no type).</summary>
    public static bool TryDecode(string? value, [NotNullWhen(true)] out string? typeName, [NotNullWhen(true)] out string? id)
    {
        typeName = null;
        id = null;
        if (string.IsNullOrEmpty(value) || value.Length % 4 != 0 || !Base64.IsValid(value))
        {
            return false;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(Convert.FromBase64String(value));
        }
        catch (Exception exception) when (exception is FormatException or DecoderFallbackException)
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1 || !text[..colon].All(char.IsAsciiLetter))
        {
            return false;
        }

        typeName = text[..colon];
        id = text[(colon + 1)..];
        return true;
    }
}
