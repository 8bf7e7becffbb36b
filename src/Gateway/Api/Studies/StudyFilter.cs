using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Studies;

/// <summary>What ECLAIRE's study search can filter on; every criterion given must hold.</summary>
[GraphQLName("StudyFilter")]
[GraphQLDescription("What ECLAIRE's study search can filter on (each criterion is sent to ECLAIRE, none is applied by the gateway); every criterion given must hold.")]
internal sealed class StudyFilter
{
    [GraphQLDescription("Full-text search (ECLAIRE `_text`, Lucene syntax: `AND`, `OR`, quotes, wildcards) over every field of the study, its title and its raw source record included: `cancer du sein`, `REG536` (CTIS studies).")]
    public string? Text { get; set; }

    [GraphQLDescription("Full-text search in the study's description and summary (ECLAIRE `_content`; the same engine as `text` on ECLAIRE today).")]
    public string? Content { get; set; }

    [GraphQLDescription("One global status (ECLAIRE `status`).")]
    public StudyStatus? Status { get; set; }

    [GraphQLDescription("The last update, compared with one day (ECLAIRE `_lastUpdated`: one of `eq`, `gt`, `ge`, `lt`, `le`).")]
    public DateFilter? LastUpdated { get; set; }

    [GraphQLDescription("One study, by its exact ECLAIRE id (ECLAIRE `identifier`), e.g. `2022-500014-26-00`.")]
    public string? Identifier { get; set; }
}
