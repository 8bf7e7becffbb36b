using System.Text.Json.Serialization;

namespace Gateway.Sandbox.Google;

/// <summary>The token endpoint's answer to a JWT-bearer grant: the ID token to send to Posos as Bearer.</summary>
internal sealed record TokenResponse(
    [property: JsonPropertyName("id_token")] string IdToken,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("token_type")] string TokenType);
