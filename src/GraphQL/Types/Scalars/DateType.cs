using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types.Scalars;

/// <summary>
/// The <c>Date</c> scalar: a calendar date without time or offset, as an RFC 3339 full-date string
/// <c>yyyy-MM-dd</c> (<c>@specifiedBy(url: "https://scalars.graphql.org/andimarek/local-date")</c>).
/// Results may come from a <see cref="DateOnly"/>, the date part of a <see cref="DateTime"/> or
/// <see cref="DateTimeOffset"/>, or a full-date string; inputs must be full-date strings and become
/// <see cref="DateOnly"/> values.
/// </summary>
public sealed class DateType : ScalarType
{
    public const string SpecificationUrl = "https://scalars.graphql.org/andimarek/local-date";

    public DateType()
        : base("Date")
    {
        Description = "The `Date` scalar type represents a calendar date without time or offset, as an RFC 3339 full-date string such as `2024-05-01`.";
        SpecifiedByUrl = SpecificationUrl;
    }

    public override object? Serialize(object? value) => value switch
    {
        DateOnly date => Rfc3339.FormatDate(date),
        DateTime dateTime => Rfc3339.FormatDate(DateOnly.FromDateTime(dateTime)),
        DateTimeOffset dateTimeOffset => Rfc3339.FormatDate(DateOnly.FromDateTime(dateTimeOffset.DateTime)),
        string s when Rfc3339.TryParseDate(s, out var parsed) => Rfc3339.FormatDate(parsed),
        string s => throw new GraphQLException("Date cannot represent an invalid date string " + ValueInspector.Inspect(s) + "."),
        _ => throw new GraphQLException("Date cannot represent value: " + ValueInspector.Inspect(value)),
    };

    public override object? ParseValue(object? value)
    {
        if (value is not string s)
        {
            throw new GraphQLException("Date cannot represent a non string value: " + ValueInspector.Inspect(value));
        }

        return Rfc3339.TryParseDate(s, out var parsed)
            ? parsed
            : throw new GraphQLException("Date cannot represent an invalid date string " + ValueInspector.Inspect(s) + ".");
    }

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        if (literal is not StringValueNode s)
        {
            throw new GraphQLException("Date cannot represent a non string value: " + SyntaxPrinter.Print(literal));
        }

        return Rfc3339.TryParseDate(s.Value, out var parsed)
            ? parsed
            : throw new GraphQLException("Date cannot represent an invalid date string " + ValueInspector.Inspect(s.Value) + ".");
    }
}
