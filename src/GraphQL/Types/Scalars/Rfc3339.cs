using System.Globalization;

namespace Gateway.GraphQL.Types.Scalars;

/// <summary>
/// Reads and writes the RFC 3339 <c>full-date</c> and <c>date-time</c> productions for the Date and
/// DateTime scalars, without culture or the lenient guessing of <see cref="DateTimeOffset.Parse(string)"/>.
/// </summary>
internal static class Rfc3339
{
    /// <summary><c>yyyy-MM-ddTHH:mm:ss.fff</c> followed by <c>Z</c> or <c>+hh:mm</c>/<c>-hh:mm</c>.</summary>
    public static string FormatDateTime(DateTimeOffset value)
    {
        var text = value.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fff", CultureInfo.InvariantCulture);
        var offset = value.Offset;
        if (offset == TimeSpan.Zero)
        {
            return text + "Z";
        }

        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var absolute = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{text}{sign}{absolute.Hours:00}:{absolute.Minutes:00}");
    }

    public static string FormatDate(DateOnly value) => value.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses an RFC 3339 date-time: a <c>T</c> (or <c>t</c>) between date and time, any number of
    /// fraction digits (kept to 100 ns), and an offset (<c>Z</c>, <c>z</c> or <c>±hh:mm</c>; the
    /// "unknown offset" <c>-00:00</c> is refused, as the date-time scalar specification requires).
    /// </summary>
    public static bool TryParseDateTime(string text, out DateTimeOffset value)
    {
        value = default;
        var s = text.AsSpan();
        if (s.Length < 20 || !TryParseDateParts(s, out var year, out var month, out var day) || (s[10] != 'T' && s[10] != 't'))
        {
            return false;
        }

        if (!TryDigits(s, 11, 2, out var hour) || s[13] != ':' || !TryDigits(s, 14, 2, out var minute) || s[16] != ':' || !TryDigits(s, 17, 2, out var second))
        {
            return false;
        }

        var index = 19;
        long fractionTicks = 0;
        if (s[index] == '.')
        {
            index++;
            var start = index;
            long scale = TimeSpan.TicksPerSecond;
            while (index < s.Length && char.IsAsciiDigit(s[index]))
            {
                scale /= 10;
                fractionTicks += (s[index] - '0') * scale;
                index++;
            }

            if (index == start)
            {
                return false;
            }
        }

        if (index >= s.Length)
        {
            return false;
        }

        TimeSpan offset;
        if (s[index] is 'Z' or 'z')
        {
            if (index + 1 != s.Length)
            {
                return false;
            }

            offset = TimeSpan.Zero;
        }
        else if (s[index] is '+' or '-')
        {
            if (index + 6 != s.Length || !TryDigits(s, index + 1, 2, out var offsetHours) || s[index + 3] != ':' || !TryDigits(s, index + 4, 2, out var offsetMinutes))
            {
                return false;
            }

            if (offsetMinutes > 59 || (s[index] == '-' && offsetHours == 0 && offsetMinutes == 0))
            {
                return false;
            }

            offset = new TimeSpan(offsetHours, offsetMinutes, 0);
            if (s[index] == '-')
            {
                offset = -offset;
            }
        }
        else
        {
            return false;
        }

        if (hour > 23 || minute > 59 || second > 59 || offset.Duration() > TimeSpan.FromHours(14))
        {
            return false;
        }

        try
        {
            value = new DateTimeOffset(year, month, day, hour, minute, second, offset).AddTicks(fractionTicks);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Parses an RFC 3339 full-date: exactly <c>yyyy-MM-dd</c>, a real calendar day.</summary>
    public static bool TryParseDate(string text, out DateOnly value)
    {
        value = default;
        var s = text.AsSpan();
        return s.Length == 10
            && TryParseDateParts(s, out var year, out var month, out var day)
            && DateOnly.TryParseExact(s, "yyyy'-'MM'-'dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value)
            && value.Year == year && value.Month == month && value.Day == day;
    }

    private static bool TryParseDateParts(ReadOnlySpan<char> s, out int year, out int month, out int day)
    {
        month = 0;
        day = 0;
        return TryDigits(s, 0, 4, out year) && s[4] == '-' && TryDigits(s, 5, 2, out month) && s[7] == '-' && TryDigits(s, 8, 2, out day)
            && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    private static bool TryDigits(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        if (start + count > s.Length)
        {
            return false;
        }

        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }

            value = (value * 10) + (s[i] - '0');
        }

        return true;
    }
}
