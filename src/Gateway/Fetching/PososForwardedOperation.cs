using Gateway.Posos;

namespace Gateway.Fetching;

/// <summary>
/// An operation for Posos and what the gateway needs to read its answer: the Posos root field the answer is under, and
/// the values of the request that are health data (codes, dates, measurements), which are blanked out of Posos's error
/// messages before they reach the client.
/// </summary>
/// <param name="Operation">The operation: the printed document and its variables.</param>
/// <param name="RootField">The Posos root field, e.g. <c>getContraindications</c>.</param>
/// <param name="SensitiveValues">The request's health data as text, to blank out of upstream messages.</param>
internal sealed record PososForwardedOperation(PososOperation Operation, string RootField, IReadOnlyList<string> SensitiveValues)
{
    /// <summary>The root field only: the variables are health data.</summary>
    public override string ToString() => $"PososForwardedOperation {{ RootField = {RootField} }}";
}
