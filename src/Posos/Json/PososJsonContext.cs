using System.Text.Json.Serialization;
using Gateway.Posos.Credentials;

namespace Gateway.Posos.Json;

/// <summary>Source-generated System.Text.Json metadata for every body the client writes or reads.</summary>
[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(GraphQLRequestBody))]
[JsonSerializable(typeof(GraphQLResponseBody))]
[JsonSerializable(typeof(AutocompleteResponseBody))]
[JsonSerializable(typeof(ServiceAccountKeyBody))]
[JsonSerializable(typeof(TokenResponseBody))]
[JsonSerializable(typeof(TokenErrorBody))]
internal sealed partial class PososJsonContext : JsonSerializerContext;
