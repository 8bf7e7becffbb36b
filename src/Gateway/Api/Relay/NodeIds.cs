using Gateway.GraphQL;

namespace Gateway.Api.Relay;

/// <summary>
/// Reads the <c>id</c> argument of <c>study</c>, <c>group</c>, <c>site</c> and <c>organization</c>: a global id of
/// the expected type, or an ECLAIRE id as is. Builds their <c>NOT_FOUND</c> errors.
/// </summary>
internal static class NodeIds
{
    /// <summary>The type names of the schema's nodes.</summary>
    public static IReadOnlySet<string> NodeTypes { get; } = new HashSet<string>(StringComparer.Ordinal) { "Study", "Group", "Site", "Organization" };

    /// <summary>The ECLAIRE id an argument names; <c>BAD_USER_INPUT</c> for a global id of another type or a blank id.</summary>
    public static string ToEclaireId(string id, string expectedType)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new GraphQLException("`id` may not be blank.", ErrorCodes.BadUserInput);
        }

        if (GlobalId.TryDecode(id, out var typeName, out var eclaireId) && NodeTypes.Contains(typeName))
        {
            return typeName == expectedType
                ? eclaireId
                : throw new GraphQLException($"`{id}` is the global id of a {typeName}, not of a {expectedType}.", ErrorCodes.BadUserInput);
        }

        return id.Trim();
    }

    /// <summary>The error of an id ECLAIRE does not know.</summary>
    public static GraphQLException NotFound(string typeName, string eclaireId) =>
        new($"ECLAIRE has no {typeName.ToLowerInvariant()} with id `{eclaireId}`.", ErrorCodes.NotFound);
}
