namespace Gateway.Sandbox.Eclaire;

/// <summary>What an ECLAIRE route answers: status code, content type and body bytes.</summary>
internal sealed record EclaireResponse(int StatusCode, string ContentType, byte[] Body)
{
    public const string FhirJson = "application/fhir+json; charset=utf-8";
    public const string Json = "application/json; charset=utf-8";
}
