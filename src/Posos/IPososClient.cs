namespace Gateway.Posos;

/// <summary>
/// The Posos API: GraphQL operations forwarded to its AORT endpoint, and its REST autocomplete. Every call carries the
/// bearer token of the configured credentials, is retried on transient failures, and reports failures as
/// <see cref="PososUnauthorizedException"/>, <see cref="PososUnavailableException"/>,
/// <see cref="PososTimeoutException"/>, <see cref="PososRateLimitedException"/>,
/// <see cref="PososBadRequestException"/> or, without credentials, <see cref="PososNotConfiguredException"/>.
/// </summary>
public interface IPososClient
{
    /// <summary>
    /// Posts <paramref name="operation"/> to the GraphQL endpoint (<c>POST {BaseUrl}aort/v1/graphql</c>) and returns the
    /// answer's <c>data</c> and <c>errors</c> as sent. GraphQL errors are data, not exceptions: a result with errors
    /// (and possibly partial data) is returned, also when Posos answers 400 or 422 with a GraphQL error list.
    /// </summary>
    Task<PososResult> ExecuteAsync(PososOperation operation, CancellationToken cancellationToken);

    /// <summary>
    /// Asks the autocomplete (<c>GET {BaseUrl}autocomplete-api/autocomplete?query=&amp;entity_type=&amp;k=</c>) for at
    /// most <paramref name="k"/> candidates (1 to 100) of <paramref name="entityType"/> matching <paramref name="query"/>.
    /// </summary>
    /// <exception cref="PososBadRequestException">The query is blank, <paramref name="k"/> is out of range, or Posos refused the parameters.</exception>
    Task<PososAutocompleteResult> AutocompleteAsync(string query, PososEntityType entityType, int k, CancellationToken cancellationToken);
}
