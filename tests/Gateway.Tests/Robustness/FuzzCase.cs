using System.Text;

namespace Gateway.Tests.Robustness;

/// <summary>
/// One generated HTTP request: method, target (path and query string), headers, body, what it must get back, and the
/// values in it that are a patient's (they must appear in no log line and no error message).
/// </summary>
public sealed record FuzzCase(string Name, HttpMethod Method, string Target)
{
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    public string? ContentType { get; init; }

    public byte[]? Body { get; init; }

    public FuzzExpectation Expectation { get; init; } = FuzzExpectation.GraphQL;

    public IReadOnlyList<string> Sensitive { get; init; } = [];

    /// <summary>A POST of <c>{"query": ..., "variables": ...}</c> as <c>application/json</c>.</summary>
    public static FuzzCase Post(string name, string query, string? variablesJson = null, IReadOnlyList<string>? sensitive = null, string? operationName = null)
    {
        var body = new StringBuilder("{\"query\":").Append(FuzzValue.Json(query));
        if (variablesJson is not null)
        {
            body.Append(",\"variables\":").Append(variablesJson);
        }

        if (operationName is not null)
        {
            body.Append(",\"operationName\":").Append(FuzzValue.Json(operationName));
        }

        return new FuzzCase(name, HttpMethod.Post, "/graphql")
        {
            ContentType = "application/json",
            Body = Encoding.UTF8.GetBytes(body.Append('}').ToString()),
            Sensitive = sensitive ?? [],
        };
    }

    /// <summary>A POST of raw bytes.</summary>
    public static FuzzCase PostRaw(string name, string contentType, byte[] body) =>
        new(name, HttpMethod.Post, "/graphql") { ContentType = contentType, Body = body };

    public override string ToString()
    {
        var body = Body is null ? string.Empty : Encoding.UTF8.GetString(Body);
        if (body.Length > 300)
        {
            body = body[..300] + "…";
        }

        return $"{Name}: {Method} {(Target.Length > 200 ? Target[..200] + "…" : Target)} {body}";
    }
}
