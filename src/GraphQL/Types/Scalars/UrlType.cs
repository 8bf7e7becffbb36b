using System.Diagnostics.CodeAnalysis;
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
        string s when TryParseAbsolute(s, out var parsed) => parsed.AbsoluteUri,
        _ => throw new GraphQLException("URL cannot represent value: " + ValueInspector.Inspect(value is Uri relative ? relative.OriginalString : value)),
    };

    public override object? ParseValue(object? value)
    {
        if (value is not string s)
        {
            throw new GraphQLException("URL cannot represent a non string value: " + ValueInspector.Inspect(value));
        }

        return TryParseAbsolute(s, out var parsed)
            ? parsed
            : throw new GraphQLException("URL cannot represent an invalid absolute URL string " + ValueInspector.Inspect(s) + ".");
    }

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        if (literal is not StringValueNode s)
        {
            throw new GraphQLException("URL cannot represent a non string value: " + SyntaxPrinter.Print(literal));
        }

        return TryParseAbsolute(s.Value, out var parsed)
            ? parsed
            : throw new GraphQLException("URL cannot represent an invalid absolute URL string " + ValueInspector.Inspect(s.Value) + ".");
    }

    /// <summary>
    /// An absolute URI with an explicit scheme (<c>/path</c> is refused, although .NET on Unix reads it
    /// as a file URI).
    /// </summary>
    private static bool TryParseAbsolute(string text, [NotNullWhen(true)] out Uri? uri)
    {
        uri = null;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 1 || !char.IsAsciiLetter(text[0]))
        {
            return false;
        }

        for (var i = 1; i < colon; i++)
        {
            if (!char.IsAsciiLetterOrDigit(text[i]) && text[i] is not ('+' or '-' or '.'))
            {
                return false;
            }
        }

        return Uri.TryCreate(text, UriKind.Absolute, out uri);
    }
}
