using System.Text.Json.Serialization;

namespace Gateway.Posos.Credentials;

/// <summary>The token endpoint's OAuth error: <c>{"error": "invalid_grant", "error_description": "..."}</c>.</summary>
internal sealed class TokenErrorBody
{
    [JsonPropertyName("error")]
    public string? Error { get; set; }

    [JsonPropertyName("error_description")]
    public string? Description { get; set; }
}
