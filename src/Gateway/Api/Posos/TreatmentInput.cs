using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Posos;

/// <summary>Posos's <c>TreatmentInput</c>: the patient's current treatments.</summary>
[GraphQLDescription("The patient's pre-existing treatments (Posos `TreatmentInput`, its table titled `ConcurrentTreatments`; « traitements pré-existants »).")]
internal sealed class TreatmentInput
{
    [GraphQLDescription("Ingredients of the drugs the patient takes (« ingrédients / substances »), e.g. `WARFARINE`.")]
    public IReadOnlyList<string>? Ingredients { get; set; }

    [GraphQLDescription("Procedures and operations in the patient's history (« procédures », MedDRA terms).")]
    public IReadOnlyList<string>? Procedures { get; set; }

    [GraphQLDescription("Therapeutic classes of the patient's treatments (« classes thérapeutiques »), as ATC codes at any level: `B01AA`, `C07AB02`.")]
    public IReadOnlyList<string>? TherapeuticClasses { get; set; }
}
