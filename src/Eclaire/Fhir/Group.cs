using System.Text.Json.Serialization;

namespace Gateway.Eclaire.Fhir;

/// <summary>FHIR R4 <c>Group</c>: ECLAIRE's enrollment group (<c>&lt;study&gt;-enrollment-group</c>).</summary>
public sealed record Group : Resource
{
    /// <inheritdoc />
    [JsonPropertyOrder(-10)]
    public override string ResourceType => "Group";

    /// <summary>Business identifiers.</summary>
    public IReadOnlyList<Identifier>? Identifier { get; init; }

    /// <summary>person | animal | practitioner | device | medication | substance.</summary>
    public string? Type { get; init; }

    /// <summary>Descriptive (false) or actual (true) group.</summary>
    public bool? Actual { get; init; }

    /// <summary>Label for the group.</summary>
    public string? Name { get; init; }

    /// <summary>Planned number of participants (ECLAIRE: the study size).</summary>
    public int? Quantity { get; init; }

    /// <summary>Include / exclude group members by trait.</summary>
    public IReadOnlyList<GroupCharacteristic>? Characteristic { get; init; }
}
