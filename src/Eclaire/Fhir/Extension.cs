using System.Text.Json.Serialization;

namespace Gateway.Eclaire.Fhir;

/// <summary>
/// FHIR <c>Extension</c> with the <c>value[x]</c> variants ECLAIRE emits (and the common primitive ones), plus nested
/// extensions (complex extensions such as R5 <c>associatedParty</c>).
/// </summary>
public sealed record Extension
{
    /// <summary>Identifies the meaning of the extension.</summary>
    public string? Url { get; init; }

    /// <summary>Nested extensions (complex extension).</summary>
    [JsonPropertyName("extension")]
    public IReadOnlyList<Extension>? Nested { get; init; }

    /// <summary><c>valueString</c>.</summary>
    public string? ValueString { get; init; }

    /// <summary><c>valueMarkdown</c> (ECLAIRE's study summary).</summary>
    public string? ValueMarkdown { get; init; }

    /// <summary><c>valueCode</c>.</summary>
    public string? ValueCode { get; init; }

    /// <summary><c>valueUri</c>.</summary>
    public string? ValueUri { get; init; }

    /// <summary><c>valueUrl</c>.</summary>
    public string? ValueUrl { get; init; }

    /// <summary><c>valueBoolean</c>.</summary>
    public bool? ValueBoolean { get; init; }

    /// <summary><c>valueInteger</c>.</summary>
    public int? ValueInteger { get; init; }

    /// <summary><c>valueDecimal</c>.</summary>
    public decimal? ValueDecimal { get; init; }

    /// <summary><c>valueDate</c> (text as sent).</summary>
    public string? ValueDate { get; init; }

    /// <summary><c>valueDateTime</c> (text as sent).</summary>
    public string? ValueDateTime { get; init; }

    /// <summary><c>valueInstant</c> (text as sent; ECLAIRE's review date).</summary>
    public string? ValueInstant { get; init; }

    /// <summary><c>valueCodeableConcept</c>.</summary>
    public CodeableConcept? ValueCodeableConcept { get; init; }

    /// <summary><c>valueCoding</c>.</summary>
    public Coding? ValueCoding { get; init; }

    /// <summary><c>valuePeriod</c> (ECLAIRE's recruitment period).</summary>
    public Period? ValuePeriod { get; init; }

    /// <summary><c>valueRange</c>.</summary>
    public Range? ValueRange { get; init; }

    /// <summary><c>valueQuantity</c>.</summary>
    public Quantity? ValueQuantity { get; init; }

    /// <summary><c>valueReference</c>.</summary>
    public Reference? ValueReference { get; init; }

    /// <summary><c>valueIdentifier</c>.</summary>
    public Identifier? ValueIdentifier { get; init; }

    /// <summary><c>valueContactDetail</c>.</summary>
    public ContactDetail? ValueContactDetail { get; init; }

    /// <summary><c>valueContactPoint</c>.</summary>
    public ContactPoint? ValueContactPoint { get; init; }

    /// <summary><c>valueHumanName</c> (ECLAIRE's contact and site contact names).</summary>
    public HumanName? ValueHumanName { get; init; }

    /// <summary><c>valueAddress</c> (ECLAIRE's contact address).</summary>
    public Address? ValueAddress { get; init; }
}
