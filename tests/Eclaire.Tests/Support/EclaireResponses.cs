using System.Net;

namespace Gateway.Eclaire.Tests.Support;

/// <summary>What the fake ECLAIRE answers: FHIR JSON (<c>application/fhir+json</c> unless told) and the fixtures.</summary>
internal static class EclaireResponses
{
    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK, string mediaType = "application/fhir+json") =>
        StubHandler.Json(json, status, mediaType);

    public static HttpResponseMessage Fixture(string name, HttpStatusCode status = HttpStatusCode.OK) =>
        Json(Fixtures.Text(name), status);
}
