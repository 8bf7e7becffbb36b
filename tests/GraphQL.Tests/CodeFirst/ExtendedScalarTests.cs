using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types.Scalars;

namespace Gateway.GraphQL.Tests.CodeFirst;

public class ExtendedScalarTests
{
    private static readonly DateTimeType DateTime = ExtendedScalars.DateTime;
    private static readonly DateType Date = ExtendedScalars.Date;
    private static readonly LongType Long = ExtendedScalars.Long;
    private static readonly UuidType Uuid = ExtendedScalars.Uuid;
    private static readonly UrlType Url = ExtendedScalars.Url;

    [Fact]
    public void DateTime_serializes_with_milliseconds_and_Z_for_UTC()
    {
        Assert.Equal("2024-05-01T13:45:07.123Z", DateTime.Serialize(new DateTimeOffset(2024, 5, 1, 13, 45, 7, 123, TimeSpan.Zero)));
        Assert.Equal("2024-05-01T13:45:07.000+05:30", DateTime.Serialize(new DateTimeOffset(2024, 5, 1, 13, 45, 7, TimeSpan.FromMinutes(330))));
        Assert.Equal("2024-05-01T13:45:07.000-03:00", DateTime.Serialize(new DateTimeOffset(2024, 5, 1, 13, 45, 7, TimeSpan.FromHours(-3))));
        Assert.Equal("2024-05-01T13:45:07.999Z", DateTime.Serialize(new DateTimeOffset(2024, 5, 1, 13, 45, 7, TimeSpan.Zero).AddTicks(9_999_999)));
        Assert.Equal("0001-01-01T00:00:00.000Z", DateTime.Serialize(System.DateTime.MinValue));
        Assert.Equal("2024-05-01T13:45:00.000Z", DateTime.Serialize(new DateTime(2024, 5, 1, 13, 45, 0, DateTimeKind.Utc)));
        Assert.Equal("2024-05-01T13:45:00.000Z", DateTime.Serialize(new DateTime(2024, 5, 1, 13, 45, 0, DateTimeKind.Unspecified)));
        Assert.Equal("2024-05-01T15:45:00.000+02:00", DateTime.Serialize("2024-05-01t15:45:00+02:00"));
        Assert.Equal("DateTime cannot represent value: 12", Assert.Throws<GraphQLException>(() => DateTime.Serialize(12)).Message);
        Assert.Equal("DateTime cannot represent an invalid date-time string \"soon\".", Assert.Throws<GraphQLException>(() => DateTime.Serialize("soon")).Message);
    }

    [Theory]
    [InlineData("2011-08-30T13:22:53.108Z", 2011, 8, 30, 13, 22, 53, 1_080_000, 0)]
    [InlineData("2011-08-30T13:22:53.108+00:00", 2011, 8, 30, 13, 22, 53, 1_080_000, 0)]
    [InlineData("2011-08-30t13:22:53.108z", 2011, 8, 30, 13, 22, 53, 1_080_000, 0)]
    [InlineData("2011-08-30T13:22:53.108-03:00", 2011, 8, 30, 13, 22, 53, 1_080_000, -180)]
    [InlineData("2011-08-30T13:22:53.108+03:30", 2011, 8, 30, 13, 22, 53, 1_080_000, 210)]
    [InlineData("2011-08-30T13:22:53Z", 2011, 8, 30, 13, 22, 53, 0, 0)]
    [InlineData("2011-08-30T13:22:53.1234567Z", 2011, 8, 30, 13, 22, 53, 1_234_567, 0)]
    [InlineData("2011-08-30T13:22:53.123456789Z", 2011, 8, 30, 13, 22, 53, 1_234_567, 0)]
    [InlineData("2024-02-29T23:59:59.999+14:00", 2024, 2, 29, 23, 59, 59, 9_990_000, 840)]
    public void DateTime_parses_RFC_3339_date_times_keeping_the_offset(string text, int year, int month, int day, int hour, int minute, int second, long fractionTicks, int offsetMinutes)
    {
        var expected = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.FromMinutes(offsetMinutes)).AddTicks(fractionTicks);
        var parsed = Assert.IsType<DateTimeOffset>(DateTime.ParseValue(text));
        Assert.Equal(expected, parsed);
        Assert.Equal(expected.Offset, parsed.Offset);
        Assert.Equal(expected, DateTime.ParseLiteral(new StringValueNode(text, false), null));
    }

    [Theory]
    [InlineData("2011-08-30")]
    [InlineData("2011-08-30T13:22:53")]
    [InlineData("2011-08-30T13:22:53.108")]
    [InlineData("2011-08-30 13:22:53.108Z")]
    [InlineData("2011-08-30T13:22:53.108-00:00")]
    [InlineData("2011-08-30T24:00:00.000Z")]
    [InlineData("2011-08-30T13:22:60.000Z")]
    [InlineData("2011-02-29T13:22:53.000Z")]
    [InlineData("2011-13-01T13:22:53.000Z")]
    [InlineData("2011-08-30T13:22:53.Z")]
    [InlineData("2011-08-30T13:22:53.108+3:00")]
    [InlineData("2011-08-30T13:22:53.108+15:00")]
    [InlineData("2011-08-30T13:22:53.108Z ")]
    [InlineData("11-08-30T13:22:53.108Z")]
    [InlineData("")]
    public void DateTime_refuses_what_is_not_an_RFC_3339_date_time(string text)
    {
        var error = Assert.Throws<GraphQLException>(() => DateTime.ParseValue(text));
        Assert.Equal($"DateTime cannot represent an invalid date-time string \"{text}\".", error.Message);
        Assert.Throws<GraphQLException>(() => DateTime.ParseLiteral(new StringValueNode(text, false), null));
    }

    [Fact]
    public void DateTime_refuses_non_strings()
    {
        Assert.Equal("DateTime cannot represent a non string value: 1", Assert.Throws<GraphQLException>(() => DateTime.ParseValue(1)).Message);
        Assert.Equal("DateTime cannot represent a non string value: 1", Assert.Throws<GraphQLException>(() => DateTime.ParseLiteral(new IntValueNode("1"), null)).Message);
        Assert.Equal(new StringValueNode("2024-01-02T03:04:05.000Z", false).Value, ((StringValueNode)DateTime.ToLiteral(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero))!).Value);
    }

    [Fact]
    public void Date_reads_and_writes_full_dates()
    {
        Assert.Equal("2024-02-29", Date.Serialize(new DateOnly(2024, 2, 29)));
        Assert.Equal("2024-02-29", Date.Serialize(new DateTime(2024, 2, 29, 23, 0, 0, DateTimeKind.Utc)));
        Assert.Equal("2024-02-29", Date.Serialize(new DateTimeOffset(2024, 2, 29, 23, 0, 0, TimeSpan.FromHours(-5))));
        Assert.Equal("0001-01-01", Date.Serialize(DateOnly.MinValue));
        Assert.Equal(new DateOnly(2024, 2, 29), Date.ParseValue("2024-02-29"));
        Assert.Equal(new DateOnly(1983, 10, 20), Date.ParseLiteral(new StringValueNode("1983-10-20", false), null));
        foreach (var invalid in new[] { "2023-02-29", "1983-00-20", "1983-01-32", "10000-10-20", "52-10-20", "1983-01-20T23:59:59", "2023-2-5", "2023/12/24" })
        {
            Assert.Equal($"Date cannot represent an invalid date string \"{invalid}\".", Assert.Throws<GraphQLException>(() => Date.ParseValue(invalid)).Message);
        }

        Assert.Equal("Date cannot represent a non string value: true", Assert.Throws<GraphQLException>(() => Date.ParseValue(true)).Message);
        Assert.Equal("Date cannot represent a non string value: 20240101", Assert.Throws<GraphQLException>(() => Date.ParseLiteral(new IntValueNode("20240101"), null)).Message);
        Assert.Equal("Date cannot represent value: 1.5", Assert.Throws<GraphQLException>(() => Date.Serialize(1.5)).Message);
        Assert.Equal(DateType.SpecificationUrl, Date.SpecifiedByUrl);
    }

    [Fact]
    public void Long_covers_64_bits_and_refuses_fractions_and_overflow()
    {
        Assert.Equal(long.MaxValue, Long.Serialize(long.MaxValue));
        Assert.Equal(42L, Long.Serialize(42));
        Assert.Equal(1L, Long.Serialize(true));
        Assert.Equal(9007199254740993L, Long.Serialize("9007199254740993"));
        Assert.Equal(3L, Long.Serialize(3.0));
        Assert.Equal("Long cannot represent non-integer value: 1.5", Assert.Throws<GraphQLException>(() => Long.Serialize(1.5)).Message);
        Assert.Equal("Long cannot represent non 64-bit signed integer value: 100000000000000000000", Assert.Throws<GraphQLException>(() => Long.Serialize(1e20)).Message);
        Assert.Equal("Long cannot represent non 64-bit signed integer value: 18446744073709552000", Assert.Throws<GraphQLException>(() => Long.Serialize(ulong.MaxValue)).Message);

        Assert.Equal(5L, Long.ParseValue(5));
        Assert.Equal(long.MinValue, Long.ParseValue(long.MinValue));
        Assert.Equal(12L, Long.ParseValue(12m));
        Assert.Equal("Long cannot represent non-integer value: \"5\"", Assert.Throws<GraphQLException>(() => Long.ParseValue("5")).Message);
        Assert.Equal("Long cannot represent non-integer value: true", Assert.Throws<GraphQLException>(() => Long.ParseValue(true)).Message);
        Assert.Equal("Long cannot represent non-integer value: 2.5", Assert.Throws<GraphQLException>(() => Long.ParseValue(2.5)).Message);

        Assert.Equal(-9223372036854775808L, Long.ParseLiteral(new IntValueNode("-9223372036854775808"), null));
        Assert.Equal("Long cannot represent non 64-bit signed integer value: 9223372036854775808", Assert.Throws<GraphQLException>(() => Long.ParseLiteral(new IntValueNode("9223372036854775808"), null)).Message);
        Assert.Equal("Long cannot represent non-integer value: 1.0", Assert.Throws<GraphQLException>(() => Long.ParseLiteral(new FloatValueNode("1.0"), null)).Message);
        Assert.Equal("9223372036854775807", ((IntValueNode)Long.ToLiteral(long.MaxValue)!).Value);
    }

    [Fact]
    public void Uuid_reads_any_usual_form_and_writes_lower_case_with_hyphens()
    {
        var guid = Guid.Parse("2f1c8e4c-57a1-4c0e-9c76-2b5f0c1b7f10");
        Assert.Equal("2f1c8e4c-57a1-4c0e-9c76-2b5f0c1b7f10", Uuid.Serialize(guid));
        Assert.Equal("2f1c8e4c-57a1-4c0e-9c76-2b5f0c1b7f10", Uuid.Serialize("2F1C8E4C57A14C0E9C762B5F0C1B7F10"));
        Assert.Equal(guid, Uuid.ParseValue("{2F1C8E4C-57A1-4C0E-9C76-2B5F0C1B7F10}"));
        Assert.Equal(guid, Uuid.ParseLiteral(new StringValueNode("2f1c8e4c57a14c0e9c762b5f0c1b7f10", false), null));
        Assert.Equal("UUID cannot represent an invalid UUID string \"nope\".", Assert.Throws<GraphQLException>(() => Uuid.ParseValue("nope")).Message);
        Assert.Equal("UUID cannot represent a non string value: 7", Assert.Throws<GraphQLException>(() => Uuid.ParseLiteral(new IntValueNode("7"), null)).Message);
        Assert.Equal("UUID cannot represent value: 7", Assert.Throws<GraphQLException>(() => Uuid.Serialize(7)).Message);
    }

    [Fact]
    public void Url_takes_absolute_uris()
    {
        Assert.Equal("https://example.com/a?b=c", Url.Serialize(new Uri("https://example.com/a?b=c")));
        Assert.Equal("https://example.com/", Url.Serialize("https://example.com"));
        Assert.Equal(new Uri("https://example.com/x"), Url.ParseValue("https://example.com/x"));
        Assert.Equal("URL cannot represent an invalid absolute URL string \"/relative\".", Assert.Throws<GraphQLException>(() => Url.ParseValue("/relative")).Message);
        Assert.Equal("URL cannot represent value: \"/relative\"", Assert.Throws<GraphQLException>(() => Url.Serialize(new Uri("/relative", UriKind.Relative))).Message);
        Assert.Equal("URL cannot represent a non string value: 1", Assert.Throws<GraphQLException>(() => Url.ParseLiteral(new IntValueNode("1"), null)).Message);
    }
}
