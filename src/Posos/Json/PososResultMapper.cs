using System.Net;
using System.Text.Json;
using Gateway.Upstream;

namespace Gateway.Posos.Json;

/// <summary>Turns the wire bodies into the client's results, tolerating what GraphQL servers vary on.</summary>
internal static class PososResultMapper
{
    /// <summary>The result, or null when the body carries neither data nor errors (not a GraphQL response).</summary>
    public static PososResult? Map(GraphQLResponseBody? body, HttpStatusCode status)
    {
        if (body is null)
        {
            return null;
        }

        var data = body.Data is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } value ? value : (JsonElement?)null;
        var errors = body.Errors?.OfType<GraphQLErrorBody>().Select(MapError).ToList() ?? [];
        if (data is null && errors.Count == 0)
        {
            return null;
        }

        var extensions = body.Extensions is { ValueKind: JsonValueKind.Object } ext ? ext : (JsonElement?)null;
        return new PososResult(data, errors, extensions, status);
    }

    public static PososAutocompleteResult Map(AutocompleteResponseBody body, string query, string entityType)
    {
        var candidates = new List<PososAutocompleteCandidate>();
        foreach (var candidate in body.Candidates ?? [])
        {
            var id = candidate?.Id switch
            {
                { ValueKind: JsonValueKind.String } text => JsonStrings.Read(text),
                { ValueKind: JsonValueKind.Number } number => number.GetRawText(),
                _ => null,
            };
            if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(candidate!.Name))
            {
                continue;
            }

            candidates.Add(new PososAutocompleteCandidate(id, candidate.Name, candidate.DrugConceptLevel, candidate.Similarity));
        }

        return new PososAutocompleteResult(body.Query ?? query, body.EntityType ?? entityType, candidates);
    }

    private static PososGraphQLError MapError(GraphQLErrorBody error)
    {
        var message = error.Message switch
        {
            { ValueKind: JsonValueKind.String } text => JsonStrings.Read(text),
            { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } other => other.GetRawText(),
            _ => "Posos reported an error without a message.",
        };
        var path = error.Path?.Select(PathSegment).ToList();
        var locations = error.Locations?
            .Where(l => l is { Line: > 0, Column: > 0 })
            .Select(l => new PososErrorLocation(l!.Line, l.Column))
            .ToList();
        return new PososGraphQLError(message, path, locations is { Count: > 0 } ? locations : null, error.Extensions);
    }

    private static object PathSegment(JsonElement segment) => segment.ValueKind switch
    {
        JsonValueKind.String => JsonStrings.Read(segment),
        JsonValueKind.Number when segment.TryGetInt32(out var index) => index,
        _ => segment.GetRawText(),
    };
}
