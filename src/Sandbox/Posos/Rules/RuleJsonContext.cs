using System.Text.Json.Serialization;

namespace Gateway.Sandbox.Posos.Rules;

/// <summary>Source-generated reading of the rule base file.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(RuleFile))]
internal sealed partial class RuleJsonContext : JsonSerializerContext;
