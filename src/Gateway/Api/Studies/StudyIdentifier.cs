using Gateway.GraphQL.Types.CodeFirst;
using Gateway.Api.Common;
using Domain = Gateway.Eclaire.Domain;

namespace Gateway.Api.Studies;

/// <summary>One identifier of a study (<c>ResearchStudy.identifier</c>, document 2.4.5).</summary>
[GraphQLDescription("One of a study's numbers (`ResearchStudy.identifier`): a study may be registered in several registries (national, European, WHO, American...).")]
[CacheControl(InheritMaxAge = true)]
internal sealed class StudyIdentifier(Domain.StudyIdentifier source)
{
    [GraphQLDescription("The number, e.g. `NCT05103943`.")]
    public string Value => source.Value;

    [GraphQLDescription("What the number is, told by its system.")]
    public IdentifierKind Kind => source.Kind.ToSchema();

    [GraphQLDescription("The registry's system URI (absent for the primary number).")]
    public string? System => source.System;

    [GraphQLDescription("The FHIR use: `official` (primary), `secondary`, `temp` (free number).")]
    public string? Use => source.Use;

    [GraphQLDescription("The ECLAIRE id of the assigning organisation: `ansm`, `ctis` or `eudract` (read it with `organization(id:)`).")]
    public string? AssignerId => source.AssignerId;
}
