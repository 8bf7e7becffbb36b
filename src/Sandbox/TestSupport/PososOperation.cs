using System.Text.Json;

namespace Gateway.Sandbox.TestSupport;

/// <summary>A GraphQL operation the Posos stand-in received: when, on which path, its text and variables as sent.</summary>
public sealed record PososOperation(DateTimeOffset ReceivedAt, string Path, string? OperationName, string? Query, JsonElement? Variables);
