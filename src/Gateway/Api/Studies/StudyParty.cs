using Gateway.GraphQL.Types.CodeFirst;
using Domain = Gateway.Eclaire.Domain;

namespace Gateway.Api.Studies;

/// <summary>A party associated with the study (R5 <c>associatedParty</c> extension), typically the lead sponsor.</summary>
[GraphQLDescription("A party associated with the study (extension `associatedParty`), typically the lead sponsor (« promoteur »).")]
[CacheControl(InheritMaxAge = true)]
internal sealed class StudyParty(Domain.StudyParty source)
{
    [GraphQLDescription("The party's name, e.g. the sponsor organisation.")]
    public string? Name => source.Name;

    [GraphQLDescription("Its role code (`eclaire-study-party-role-code-system`), e.g. `lead-sponsor`.")]
    public string? Role => source.Role;

    [GraphQLDescription("The organisation type code (`academic`, `industry`...), when sent.")]
    public string? Classifier => source.Classifier;
}
