using System.Text.Json.Serialization;

namespace Gateway.Posos.Credentials;

/// <summary>The members of a Google service-account key file the client uses.</summary>
internal sealed class ServiceAccountKeyBody
{
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("client_email")]
    public string? ClientEmail { get; set; }

    [JsonPropertyName("private_key")]
    public string? PrivateKey { get; set; }

    [JsonPropertyName("private_key_id")]
    public string? PrivateKeyId { get; set; }

    [JsonPropertyName("token_uri")]
    public string? TokenUri { get; set; }

    // A record's generated ToString would print the private key.
    public override string ToString() => "ServiceAccountKeyBody";
}
