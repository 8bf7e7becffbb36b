using Gateway.Caching;
using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Relay;

/// <summary>The Relay <c>Node</c> interface: an object with a global id, refetchable with <c>node(id:)</c>.</summary>
[GraphQLDescription("An object with a global id (Relay's `Node`): refetch it with `node(id:)`. Clients normalise their caches on it.")]
[CacheControl(MaxAge = GatewayCacheHints.StudyMaxAge)]
internal interface INode
{
    /// <summary>The global id.</summary>
    [ID]
    [GraphQLDescription("The global id: base64 of `<Type>:<ECLAIRE id>`, e.g. `Study:2022-500014-26-00`. Opaque to clients.")]
    string Id { get; }
}
