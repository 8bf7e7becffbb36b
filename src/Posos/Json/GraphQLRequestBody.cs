using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gateway.Posos.Json;

/// <summary>The body of a GraphQL POST (GraphQL over HTTP): <c>{"query", "variables", "operationName"}</c>.</summary>
internal sealed record GraphQLRequestBody(
    [property: JsonPropertyName("query")] string Query,
    [property: JsonPropertyName("variables"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JsonElement? Variables,
    [property: JsonPropertyName("operationName"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? OperationName);
