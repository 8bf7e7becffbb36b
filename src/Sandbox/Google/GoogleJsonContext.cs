using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gateway.Sandbox.Google;

/// <summary>Source-generated JSON for the token endpoint.</summary>
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(TokenError))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(Dictionary<string, JsonElement>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(long))]
internal sealed partial class GoogleJsonContext : JsonSerializerContext;
