using Gateway.GraphQL.Types.CodeFirst;
using Gateway.Api.Common;
using Domain = Gateway.Eclaire.Domain;

namespace Gateway.Api.Studies;

/// <summary>A condition studied (<c>ResearchStudy.condition</c>, document 2.4.10).</summary>
[GraphQLDescription("A condition studied (`ResearchStudy.condition`; « pathologies / maladies rares »): the disease as free text (translated into French by ECLAIRE), or a MedDRA term.")]
[CacheControl(InheritMaxAge = true)]
internal sealed class StudyCondition(Domain.StudyCondition source)
{
    [GraphQLDescription("ECLAIRE's id of the condition element, e.g. `disease-condition-<study>` or `meddra-condition-<study>-<code>`.")]
    public string? ConditionId => source.Id;

    [GraphQLDescription("The disease text, or the MedDRA term's display, in French.")]
    public string? Text => source.Text;

    [GraphQLDescription("The MedDRA code when the condition is a MedDRA term (system `https://www.meddra.org`), e.g. `10065430`.")]
    public string? MeddraCode => source.MeddraCode;

    [GraphQLDescription("Every coding of the condition, as sent.")]
    public IReadOnlyList<Coding> Codings => Coding.From(source.Codings);
}
