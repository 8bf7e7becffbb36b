using System.Text;

namespace Gateway.Sandbox.Common;

/// <summary>
/// Removes the diacritics of Latin letters (é → e, Œ → OE...). The project runs with invariant
/// globalization, where <see cref="string.Normalize()"/> cannot decompose characters, hence a table.
/// </summary>
internal static class Diacritics
{
    private const string From = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝŸ";
    private const string To = "aaaaaaceeeeiiiinooooouuuuyyAAAAAACEEEEIIIINOOOOOUUUUYY";

    public static string Remove(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var index = c < 0xC0 ? -1 : From.IndexOf(c, StringComparison.Ordinal);
            string? replacement = index >= 0 ? To[index].ToString() : c switch
            {
                'œ' => "oe",
                'Œ' => "OE",
                'æ' => "ae",
                'Æ' => "AE",
                'ß' => "ss",
                _ => null,
            };
            if (replacement is null)
            {
                builder?.Append(c);
                continue;
            }

            builder ??= new StringBuilder(text, 0, i, text.Length + 4);
            builder.Append(replacement);
        }

        return builder?.ToString() ?? text;
    }
}
