using System.Text.Json.Serialization;

namespace Gateway.Eclaire.Fhir;

/// <summary>
/// Source-generated System.Text.Json metadata for the FHIR subset: camelCase names, unknown properties ignored,
/// numbers also accepted as strings, nulls not written, null items of arrays dropped (<see cref="NullFreeListConverterFactory"/>).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowTrailingCommas = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    Converters = [typeof(NullFreeListConverterFactory)])]
[JsonSerializable(typeof(Bundle))]
[JsonSerializable(typeof(Resource))]
[JsonSerializable(typeof(ResearchStudy))]
[JsonSerializable(typeof(Group))]
[JsonSerializable(typeof(Location))]
[JsonSerializable(typeof(Organization))]
[JsonSerializable(typeof(OperationOutcome))]
[JsonSerializable(typeof(UnknownResource))]
[JsonSerializable(typeof(UpstreamErrorBody))]
public sealed partial class FhirJsonContext : JsonSerializerContext
{
}
