using Microsoft.Extensions.Options;

namespace Gateway.GraphQL.AspNetCore;

/// <summary>Checks the response cache's settings at start.</summary>
internal sealed class GraphQLResponseCacheOptionsValidator : IValidateOptions<GraphQLResponseCacheOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphQLResponseCacheOptions options)
    {
        var failures = new List<string>();
        if (options.MaxTimeToLive <= TimeSpan.Zero)
        {
            failures.Add("GraphQL:ResponseCache:MaxTimeToLive must be positive.");
        }

        if (options.Grace < TimeSpan.Zero)
        {
            failures.Add("GraphQL:ResponseCache:Grace may not be negative.");
        }

        if (options.RefreshInterval < TimeSpan.Zero || options.RefreshTimeout <= TimeSpan.Zero)
        {
            failures.Add("GraphQL:ResponseCache:RefreshInterval may not be negative and RefreshTimeout must be positive.");
        }

        if (options.PrivateMaxTimeToLive <= TimeSpan.Zero)
        {
            failures.Add("GraphQL:ResponseCache:PrivateMaxTimeToLive must be positive.");
        }

        if (options.MaxEntryBytes <= 0)
        {
            failures.Add("GraphQL:ResponseCache:MaxEntryBytes must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
