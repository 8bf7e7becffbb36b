using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Gateway.GraphQL.AspNetCore;

/// <summary>
/// Resolves the environment-dependent defaults of <see cref="GraphQLServerOptions"/> (IDE and exception
/// details on in Development) and checks the limits are sane.
/// </summary>
internal sealed class GraphQLServerOptionsSetup(IHostEnvironment? environment = null)
    : IPostConfigureOptions<GraphQLServerOptions>, IValidateOptions<GraphQLServerOptions>
{
    public void PostConfigure(string? name, GraphQLServerOptions options)
    {
        var development = environment?.IsDevelopment() == true;
        options.Ide.Enabled ??= development;
        options.IncludeExceptionDetails ??= development;
    }

    public ValidateOptionsResult Validate(string? name, GraphQLServerOptions options)
    {
        var failures = new List<string>();
        if (options.MaxRequestBodyBytes <= 0 || options.MaxRequestBodyBytes > Array.MaxLength)
        {
            failures.Add($"GraphQL:MaxRequestBodyBytes must be between 1 and {Array.MaxLength} (it is {options.MaxRequestBodyBytes}).");
        }

        if (options.MaxBatchSize <= 0)
        {
            failures.Add($"GraphQL:MaxBatchSize must be at least 1 (it is {options.MaxBatchSize}).");
        }

        if (string.IsNullOrWhiteSpace(options.Ide.Title))
        {
            failures.Add("GraphQL:Ide:Title must not be empty.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
