using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types.Scalars;

/// <summary>
/// The <c>DateTime</c> scalar: an exact point in time with an offset from UTC, as an RFC 3339 date-time
/// string (<c>@specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")</c>).
/// Results are written with exactly three fraction digits and <c>Z</c> for UTC
/// (<c>2024-05-01T13:45:00.000Z</c>, <c>2024-05-01T15:45:00.000+02:00</c>); they may come from a
/// <see cref="DateTimeOffset"/>, a <see cref="DateTime"/> (UTC and unspecified kinds are taken as UTC,
/// local ones keep the machine's offset) or a date-time string. Inputs are RFC 3339 date-time strings
/// (fraction optional, up to 100 ns kept, <c>t</c>/<c>z</c> accepted, <c>-00:00</c> refused) and
/// become <see cref="DateTimeOffset"/> values that keep the given offset.
/// </summary>
public sealed class DateTimeType : ScalarType
{
    public const string SpecificationUrl = "https://scalars.graphql.org/andimarek/date-time";

    public DateTimeType()
        : base("DateTime")
    {
        Description = "The `DateTime` scalar type represents an exact point in time with an offset from UTC, as an RFC 3339 date-time string such as `2024-05-01T13:45:00.000Z`.";
        SpecifiedByUrl = SpecificationUrl;
    }

    public override object? Serialize(object? value) => value switch
    {
        DateTimeOffset dateTimeOffset => Rfc3339.FormatDateTime(dateTimeOffset),
        DateTime dateTime => Rfc3339.FormatDateTime(ToDateTimeOffset(dateTime)),
        string s when Rfc3339.TryParseDateTime(s, out var parsed) => Rfc3339.FormatDateTime(parsed),
        string s => throw new GraphQLException("DateTime cannot represent an invalid date-time string " + ValueInspector.Inspect(s) + "."),
        _ => throw new GraphQLException("DateTime cannot represent value: " + ValueInspector.Inspect(value)),
    };

    public override object? ParseValue(object? value)
    {
        if (value is not string s)
        {
            throw new GraphQLException("DateTime cannot represent a non string value: " + ValueInspector.Inspect(value));
        }

        return Rfc3339.TryParseDateTime(s, out var parsed)
            ? parsed
            : throw new GraphQLException("DateTime cannot represent an invalid date-time string " + ValueInspector.Inspect(s) + ".");
    }

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        if (literal is not StringValueNode s)
        {
            throw new GraphQLException("DateTime cannot represent a non string value: " + SyntaxPrinter.Print(literal));
        }

        return Rfc3339.TryParseDateTime(s.Value, out var parsed)
            ? parsed
            : throw new GraphQLException("DateTime cannot represent an invalid date-time string " + ValueInspector.Inspect(s.Value) + ".");
    }

    /// <summary>A <see cref="DateTime"/> as a point in time: UTC and unspecified kinds at offset zero, local ones at the local offset.</summary>
    public static DateTimeOffset ToDateTimeOffset(DateTime value) => value.Kind == DateTimeKind.Local
        ? new DateTimeOffset(value)
        : new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
