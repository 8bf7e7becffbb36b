using System.Text.Json.Serialization;

namespace Gateway.Posos.Credentials;

/// <summary>The token endpoint's answer to a JWT-bearer grant with a <c>target_audience</c>.</summary>
internal sealed class TokenResponseBody
{
    [JsonPropertyName("id_token")]
    public string? IdToken { get; set; }

    [JsonPropertyName("expires_in")]
    public long? ExpiresIn { get; set; }

    public override string ToString() => "TokenResponseBody";
}
