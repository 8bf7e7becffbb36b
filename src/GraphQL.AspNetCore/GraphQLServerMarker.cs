namespace Gateway.GraphQL.AspNetCore;

/// <summary>Registered by <c>AddGraphQLServer</c>, so <c>MapGraphQL</c> can tell it was called.</summary>
internal sealed class GraphQLServerMarker;
