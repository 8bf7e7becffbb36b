using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Gateway.Api.Relay;

/// <summary>
/// Cursors of connections mapped onto ECLAIRE's offset paging: base64 of <c>offset:&lt;n&gt;</c>, the position of
/// the edge in the result list (from 0). <c>after: cursor</c> reads from position n + 1.
/// </summary>
internal static class OffsetCursor
{
    private const string Prefix = "offset:";

    /// <summary>The cursor of the result at <paramref name="offset"/>.</summary>
    public static string Encode(int offset) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Reads a cursor; false when it is not one this gateway issued.</summary>
    public static bool TryDecode(string? cursor, out int offset)
    {
        offset = 0;
        if (string.IsNullOrEmpty(cursor) || cursor.Length % 4 != 0 || cursor.Length > 64 || !Base64.IsValid(cursor))
        {
            return false;
        }

        var text = Encoding.ASCII.GetString(Convert.FromBase64String(cursor));
        return text.StartsWith(Prefix, StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out offset);
    }
}
