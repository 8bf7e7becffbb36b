using System.Text.Json;

namespace Gateway.Tests.Posos.Support;

/// <summary>A GraphQL operation the sandbox's Posos received (<c>GET /_sandbox/posos/operations</c>).</summary>
public sealed record ReceivedOperation(string Path, string? OperationName, string Query, JsonElement Variables);
