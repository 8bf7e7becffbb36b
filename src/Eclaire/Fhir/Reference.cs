using System.Text.Json.Serialization;

namespace Gateway.Eclaire.Fhir;

/// <summary>FHIR <c>Reference</c>: a reference from one resource to another.</summary>
public sealed record Reference
{
    /// <summary>Literal reference, relative (<c>Group/&lt;id&gt;</c>) or absolute.</summary>
    [JsonPropertyName("reference")]
    public string? ReferenceValue { get; init; }

    /// <summary>Type the reference refers to, e.g. <c>Organization</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Logical reference, when the literal one is unknown.</summary>
    public Identifier? Identifier { get; init; }

    /// <summary>Text alternative for the resource.</summary>
    public string? Display { get; init; }
}
