using System.Net;
using System.Text.Json;

namespace Gateway.Posos;

/// <summary>
/// Posos's answer to a GraphQL operation, as sent: <see cref="Data"/> untouched (map it or copy it into the
/// gateway's response) and the upstream <see cref="Errors"/>, whose paths are relative to Posos's own root (re-path
/// them under the gateway field that forwarded the operation).
/// </summary>
/// <param name="Data">The <c>data</c> member; null when absent or null (e.g. a request error).</param>
/// <param name="Errors">The <c>errors</c> member; empty when none.</param>
/// <param name="Extensions">The response's top-level <c>extensions</c>, if any.</param>
/// <param name="StatusCode">The HTTP status: 200, or 400/422 when Posos refused the request with a GraphQL error list.</param>
public sealed record PososResult(
    JsonElement? Data,
    IReadOnlyList<PososGraphQLError> Errors,
    JsonElement? Extensions,
    HttpStatusCode StatusCode)
{
    /// <summary>True when Posos reported at least one error.</summary>
    public bool HasErrors => Errors.Count > 0;

    /// <summary>The status and the number of errors only: the data may be about a patient and stays out of logs.</summary>
    public override string ToString() => $"PososResult {{ StatusCode = {(int)StatusCode}, Errors = {Errors.Count} }}";
}
