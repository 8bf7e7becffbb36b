namespace Gateway.Posos.Resilience;

/// <summary>What the client tells the resilience handler about a request, for its logs.</summary>
internal static class PososRequestOptions
{
    /// <summary>The GraphQL operation name (logged; the document and the variables never are).</summary>
    public static readonly HttpRequestOptionsKey<string> OperationName = new("Gateway.Posos.OperationName");

    public static string Describe(HttpRequestMessage request) =>
        request.Options.TryGetValue(OperationName, out var name) && !string.IsNullOrEmpty(name) ? name : "-";
}
