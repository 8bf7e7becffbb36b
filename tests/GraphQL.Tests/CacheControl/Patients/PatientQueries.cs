using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.GraphQL.Tests.CacheControl.Patients;

/// <summary>Root fields the patient area adds (no hint of its own: the rule makes them private).</summary>
[ExtendObjectType("Query")]
public static class PatientQueries
{
    public static IReadOnlyList<PatientAlert> Alerts(string drug) => [new PatientAlert(drug, "HIGH")];
}
