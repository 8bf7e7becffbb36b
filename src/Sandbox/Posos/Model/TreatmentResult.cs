namespace Gateway.Sandbox.Posos.Model;

/// <summary>Treatments of an alert's patient criteria (GraphQL <c>Treatment</c>).</summary>
internal sealed record TreatmentResult(IReadOnlyList<string> Ingredients, IReadOnlyList<string> Procedures, IReadOnlyList<string> TherapeuticClasses);
