namespace Gateway.Eclaire.Fhir;

/// <summary>FHIR <c>Narrative</c>: the human-readable summary of a resource.</summary>
public sealed record Narrative
{
    /// <summary><c>generated</c>, <c>extensions</c>, <c>additional</c> or <c>empty</c>.</summary>
    public string? Status { get; init; }

    /// <summary>Limited XHTML content.</summary>
    public string? Div { get; init; }
}
