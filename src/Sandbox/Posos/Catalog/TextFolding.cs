using System.Text;
using Gateway.Sandbox.Common;

namespace Gateway.Sandbox.Posos.Catalog;

/// <summary>Folds names for matching: upper case, no diacritics, words of letters and digits only.</summary>
internal static class TextFolding
{
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in Diacritics.Remove(text))
        {
            builder.Append(char.IsLetterOrDigit(c) ? char.ToUpperInvariant(c) : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    public static string[] Words(string text) => Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>True when the words of <paramref name="term"/> appear, in order and next to each other, among <paramref name="words"/>.</summary>
    public static bool ContainsWords(IReadOnlyList<string> words, IReadOnlyList<string> term)
    {
        for (var start = 0; start + term.Count <= words.Count; start++)
        {
            var all = true;
            for (var i = 0; i < term.Count && all; i++)
            {
                all = words[start + i] == term[i];
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }
}
