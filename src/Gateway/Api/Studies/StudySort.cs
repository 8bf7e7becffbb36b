using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Studies;

/// <summary>One sort of a study search: exactly one field, with its direction.</summary>
[OneOf]
[GraphQLName("StudySort")]
[GraphQLDescription("How to order studies (ECLAIRE `_sort`): exactly one field with its direction, e.g. `{ lastUpdated: DESC }`. ECLAIRE sorts on one field, so `order` takes one entry, and ties (same day, same status) come in ECLAIRE's index order: sort by `eclaireId` to page through ties stably. Without `order`: last update descending, then id descending.")]
internal sealed class StudySort
{
    [GraphQLDescription("By last update (`meta.lastUpdated`).")]
    public SortDirection? LastUpdated { get; set; }

    [GraphQLDescription("By ECLAIRE id (`_id`).")]
    public SortDirection? EclaireId { get; set; }

    [GraphQLDescription("By global status code (`status`), alphabetically.")]
    public SortDirection? Status { get; set; }
}
