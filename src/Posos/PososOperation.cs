using System.Text.Json;

namespace Gateway.Posos;

/// <summary>
/// One GraphQL operation to send to Posos: the document, its variables (a JSON object) and the operation name. The
/// variables carry patient data: they are sent, never logged, and left out of <see cref="ToString"/>.
/// </summary>
/// <param name="Query">The GraphQL document, e.g. <c>query getContraindications($drugs: [DrugInput]) { ... }</c>.</param>
/// <param name="Variables">The variables, a JSON object; null sends none.</param>
/// <param name="OperationName">The operation to run (and the name logged); null when the document has one operation.</param>
public sealed record PososOperation(string Query, JsonElement? Variables = null, string? OperationName = null)
{
    /// <summary>The operation name only: the document and the variables stay out of logs.</summary>
    public override string ToString() => $"PososOperation {{ OperationName = {OperationName ?? "(anonymous)"} }}";
}
