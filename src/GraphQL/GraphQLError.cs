using Gateway.GraphQL.Language;

namespace Gateway.GraphQL;

/// <summary>
/// One entry of a response's <c>errors</c> list (spec section 7.1.2): a message, the locations in the
/// document it concerns, the response path of the field it concerns, and <c>extensions</c>
/// (<c>code</c> among them, from <see cref="ErrorCodes"/>).
/// </summary>
public sealed class GraphQLError
{
    public GraphQLError(
        string message,
        IReadOnlyList<SourceLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
    {
        Message = message;
        Locations = locations;
        Path = path;
        Extensions = extensions;
    }

    public string Message { get; }

    public IReadOnlyList<SourceLocation>? Locations { get; }

    /// <summary>Response keys (string) and list indices (int) from the root to the field in error.</summary>
    public IReadOnlyList<object>? Path { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The <c>extensions.code</c> of the error, if any.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var code) ? code as string : null;

    /// <summary>An error with only a message and a code.</summary>
    public static GraphQLError WithCode(string message, string code, IReadOnlyList<SourceLocation>? locations = null) =>
        new(message, locations, null, new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code });

    /// <summary>This error with a path (and locations, when given) set.</summary>
    public GraphQLError WithPath(IReadOnlyList<object>? path, IReadOnlyList<SourceLocation>? locations = null) =>
        new(Message, locations ?? Locations, path, Extensions);

    /// <summary>This error with <c>extensions.code</c> set, keeping other extensions.</summary>
    public GraphQLError WithCode(string code)
    {
        var extensions = Extensions is null
            ? new Dictionary<string, object?>(StringComparer.Ordinal)
            : new Dictionary<string, object?>(Extensions, StringComparer.Ordinal);
        extensions["code"] = code;
        return new GraphQLError(Message, Locations, Path, extensions);
    }

    public override string ToString() => Message;
}
