using System.Net.Http.Headers;
using System.Text;

namespace Gateway.GraphQL.AspNetCore.Tests;

/// <summary>Request helpers: a POST with a raw body and content type, a GET with query-string parameters.</summary>
public static class GraphQLClient
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    public static async Task<HttpResult> SendPostAsync(this HttpClient client, string body, string? contentType = Json, string? accept = null, string path = "/graphql")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        request.Content = content;
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await HttpResult.ReadAsync(await client.SendAsync(request));
    }

    public static async Task<HttpResult> SendGetAsync(this HttpClient client, string pathAndQuery, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await HttpResult.ReadAsync(await client.SendAsync(request));
    }

    public static string Query(string query, string? extra = null) =>
        "{\"query\":" + System.Text.Json.JsonSerializer.Serialize(query) + (extra is null ? string.Empty : "," + extra) + "}";

    public static string GetUrl(string query, string? variables = null, string? operationName = null, string path = "/graphql")
    {
        var url = path + "?query=" + Uri.EscapeDataString(query);
        if (variables is not null)
        {
            url += "&variables=" + Uri.EscapeDataString(variables);
        }

        if (operationName is not null)
        {
            url += "&operationName=" + Uri.EscapeDataString(operationName);
        }

        return url;
    }
}
