using System.Buffers.Text;
using System.Text.Json;

namespace Gateway.Posos.Credentials;

/// <summary>Reads the <c>exp</c> claim of an ID token (a JWT) without checking its signature: only to know when to replace it.</summary>
internal static class IdTokenClaims
{
    public static DateTimeOffset? Expiry(string idToken)
    {
        var parts = idToken.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        try
        {
            var payload = Base64Url.DecodeFromChars(parts[1]);
            using var claims = JsonDocument.Parse(payload);
            return claims.RootElement.ValueKind == JsonValueKind.Object
                && claims.RootElement.TryGetProperty("exp", out var exp)
                && exp.TryGetInt64(out var seconds)
                && seconds is > 0 and < 253402300800
                    ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                    : null;
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            return null;
        }
    }
}
