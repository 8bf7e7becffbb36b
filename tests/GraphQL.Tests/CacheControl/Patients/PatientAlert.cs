namespace Gateway.GraphQL.Tests.CacheControl.Patients;

/// <summary>A patient-data area in a namespace of its own, for the namespace rule of <see cref="Types.CodeFirst.CacheControlRules"/>.</summary>
public sealed record PatientAlert(string Drug, string Level);
