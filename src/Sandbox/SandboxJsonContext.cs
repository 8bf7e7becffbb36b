using System.Text.Json.Serialization;
using Gateway.Sandbox.TestSupport;

namespace Gateway.Sandbox;

/// <summary>System.Text.Json source generation for the sandbox's own JSON (test support, Posos, Google token endpoint).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RequestCounts))]
[JsonSerializable(typeof(FaultConfiguration))]
[JsonSerializable(typeof(EclaireRateLimitOptions))]
[JsonSerializable(typeof(EclaireDataSetInfo))]
internal sealed partial class SandboxJsonContext : JsonSerializerContext;
