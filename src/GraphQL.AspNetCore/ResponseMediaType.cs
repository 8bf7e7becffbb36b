namespace Gateway.GraphQL.AspNetCore;

/// <summary>The media types a GraphQL response is sent as (GraphQL over HTTP, section "Accept").</summary>
internal enum ResponseMediaType
{
    /// <summary><c>application/json</c>: 200 for every well-formed request, whatever its GraphQL errors.</summary>
    Json,

    /// <summary><c>application/graphql-response+json</c>: 4xx when the response has no <c>data</c>.</summary>
    GraphQLResponseJson,
}
