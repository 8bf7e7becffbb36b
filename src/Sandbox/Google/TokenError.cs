using System.Text.Json.Serialization;

namespace Gateway.Sandbox.Google;

/// <summary>The token endpoint's OAuth error body.</summary>
internal sealed record TokenError(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("error_description")] string Description);
