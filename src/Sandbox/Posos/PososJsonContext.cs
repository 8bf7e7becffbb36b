using System.Text.Json.Serialization;
using Gateway.Sandbox.TestSupport;

namespace Gateway.Sandbox.Posos;

/// <summary>Source-generated JSON for the Posos routes and their test-support view.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AutocompleteResponse))]
[JsonSerializable(typeof(IReadOnlyList<PososOperation>))]
[JsonSerializable(typeof(TokenExchangeCount))]
internal sealed partial class PososJsonContext : JsonSerializerContext;
