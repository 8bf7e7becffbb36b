using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types.Scalars;

/// <summary>
/// The <c>URL</c> scalar: an absolute URI (RFC 3986, <c>@specifiedBy(url: "https://tools.ietf.org/html/rfc3986")</c>).
/// Results may come from a <see cref="Uri"/> or a string holding an absolute URI; inputs must be
/// absolute URI strings and become <see cref="Uri"/> values.
/// </summary>
public sealed class UrlType : ScalarType
{
    public UrlType()
        : base("URL")
    {
        Description = "The `URL` scalar type represents an absolute URI (RFC 3986), written as a string such as `https://example.com/path`.";
        SpecifiedByUrl = "https://tools.ietf.org/html/rfc3986";
    }

    public override object? Serialize(object? value) => value switch
    {
        Uri { IsAbsoluteUri: true } uri => uri.AbsoluteUri,
        string s when Uri.TryCreate(s, UriKind.Absolute, out var parsed) => parsed.AbsoluteUri,
        _ => throw new GraphQLException("URL cannot represent value: " + ValueInspector.Inspect(value is Uri relative ? relative.OriginalString : value)),
    };

    public override object? ParseValue(object? value)
    {
        if (value is not string s)
        {
            throw new GraphQLException("URL cannot represent a non string value: " + ValueInspector.Inspect(value));
        }

        return Uri.TryCreate(s, UriKind.Absolute, out var parsed)
            ? parsed
            : throw new GraphQLException("URL cannot represent an invalid absolute URL string " + ValueInspector.Inspect(s) + ".");
    }

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        if (literal is not StringValueNode s)
        {
            throw new GraphQLException("URL cannot represent a non string value: " + SyntaxPrinter.Print(literal));
        }

        return Uri.TryCreate(s.Value, UriKind.Absolute, out var parsed)
            ? parsed
            : throw new GraphQLException("URL cannot represent an invalid absolute URL string " + ValueInspector.Inspect(s.Value) + ".");
    }
}
