using System.Text.Json;
using Gateway.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Gateway.GraphQL.AspNetCore;

/// <summary>
/// The parameters of one GraphQL-over-HTTP request (spec section "Request Parameters"): <c>query</c>
/// (required string), <c>operationName</c> (string), <c>variables</c> and <c>extensions</c> (maps); each
/// optional one may be null or absent. Other keys are ignored.
/// </summary>
internal sealed record GraphQLRequestParameters(
    string Query,
    string? OperationName,
    IReadOnlyDictionary<string, object?>? Variables,
    IReadOnlyDictionary<string, object?>? Extensions)
{
    private const string QueryName = "query";
    private const string OperationNameName = "operationName";
    private const string VariablesName = "variables";
    private const string ExtensionsName = "extensions";

    public ExecutionRequest ToExecutionRequest(IServiceProvider services) => new()
    {
        Query = Query,
        OperationName = OperationName,
        Variables = Variables,
        Extensions = Extensions,
        Services = services,
    };

    /// <summary>Reads the parameters of a JSON request object (a POST body, or one entry of a batch).</summary>
    public static bool TryRead(JsonElement request, out GraphQLRequestParameters parameters, out string error)
    {
        try
        {
            return TryReadObject(request, out parameters, out error);
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json refuses to decode a string with an unpaired surrogate escape (e.g. "\ud800").
            parameters = null!;
            error = "The request holds a string that is not valid Unicode (an unpaired surrogate escape).";
            return false;
        }
    }

    private static bool TryReadObject(JsonElement request, out GraphQLRequestParameters parameters, out string error)
    {
        parameters = null!;
        if (request.ValueKind != JsonValueKind.Object)
        {
            error = "A GraphQL request must be a JSON object with a 'query' string.";
            return false;
        }

        string? query = null;
        string? operationName = null;
        IReadOnlyDictionary<string, object?>? variables = null;
        IReadOnlyDictionary<string, object?>? extensions = null;
        foreach (var property in request.EnumerateObject())
        {
            var value = property.Value;
            var valid = property.Name switch
            {
                QueryName => TryReadString(value, QueryName, out query, out error),
                OperationNameName => TryReadString(value, OperationNameName, out operationName, out error),
                VariablesName => TryReadMap(value, VariablesName, out variables, out error),
                ExtensionsName => TryReadMap(value, ExtensionsName, out extensions, out error),
                _ => Ignore(out error),
            };
            if (!valid)
            {
                return false;
            }
        }

        return TryCreate(query, operationName, variables, extensions, out parameters, out error);
    }

    /// <summary>
    /// Reads the parameters of a GET request's query string; <c>variables</c> and <c>extensions</c> are
    /// JSON-encoded (<c>?query=...&amp;variables=%7B%22id%22%3A1%7D</c>).
    /// </summary>
    public static bool TryRead(IQueryCollection queryString, out GraphQLRequestParameters parameters, out string error)
    {
        parameters = null!;
        if (!TryReadSingle(queryString, QueryName, out var query, out error)
            || !TryReadSingle(queryString, OperationNameName, out var operationName, out error)
            || !TryReadSingle(queryString, VariablesName, out var variablesJson, out error)
            || !TryReadSingle(queryString, ExtensionsName, out var extensionsJson, out error)
            || !TryReadJsonMap(variablesJson, VariablesName, out var variables, out error)
            || !TryReadJsonMap(extensionsJson, ExtensionsName, out var extensions, out error))
        {
            return false;
        }

        return TryCreate(query, operationName, variables, extensions, out parameters, out error);
    }

    private static bool TryCreate(
        string? query,
        string? operationName,
        IReadOnlyDictionary<string, object?>? variables,
        IReadOnlyDictionary<string, object?>? extensions,
        out GraphQLRequestParameters parameters,
        out string error)
    {
        if (query is null)
        {
            parameters = null!;
            error = "The request has no 'query' parameter: send the GraphQL document as a string in 'query'.";
            return false;
        }

        parameters = new GraphQLRequestParameters(query, operationName, variables, extensions);
        error = string.Empty;
        return true;
    }

    private static bool Ignore(out string error)
    {
        error = string.Empty;
        return true;
    }

    private static bool TryReadString(JsonElement value, string name, out string? result, out string error)
    {
        error = string.Empty;
        result = null;
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                result = JsonInput.GetString(value);
                return true;
            case JsonValueKind.Null:
                return true;
            default:
                error = $"The '{name}' parameter must be a string (it is {Describe(value.ValueKind)}).";
                return false;
        }
    }

    private static bool TryReadMap(JsonElement value, string name, out IReadOnlyDictionary<string, object?>? result, out string error)
    {
        error = string.Empty;
        result = null;
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                result = JsonInput.ToVariables(value);
                return true;
            case JsonValueKind.Null:
                return true;
            default:
                error = $"The '{name}' parameter must be a JSON object (it is {Describe(value.ValueKind)}).";
                return false;
        }
    }

    private static bool TryReadSingle(IQueryCollection queryString, string name, out string? value, out string error)
    {
        error = string.Empty;
        value = null;
        if (!queryString.TryGetValue(name, out var values) || StringValues.IsNullOrEmpty(values))
        {
            return true;
        }

        if (values.Count > 1)
        {
            error = $"The '{name}' parameter is given {values.Count} times; give it once.";
            return false;
        }

        value = values[0];
        return true;
    }

    private static bool TryReadJsonMap(string? json, string name, out IReadOnlyDictionary<string, object?>? result, out string error)
    {
        result = null;
        error = string.Empty;
        if (string.IsNullOrEmpty(json))
        {
            return true;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return TryReadMap(document.RootElement, name, out result, out error);
        }
        catch (JsonException)
        {
            error = $"The '{name}' parameter must be a JSON-encoded object; it is not valid JSON.";
            return false;
        }
        catch (InvalidOperationException)
        {
            error = $"The '{name}' parameter holds a string that is not valid Unicode (an unpaired surrogate escape).";
            return false;
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
