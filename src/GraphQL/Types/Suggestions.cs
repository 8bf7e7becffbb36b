namespace Gateway.GraphQL.Types;

/// <summary>
/// "Did you mean ...?" hints for unknown names, ranked by lexical distance (optimal string alignment,
/// case-insensitive) the way graphql-js ranks them, so that messages read the same.
/// </summary>
public static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close enough to <paramref name="input"/>, closest first.</summary>
    public static IReadOnlyList<string> SuggestionList(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var inputLower = input.ToLowerInvariant();
        var scored = new List<(string Option, int Distance)>();
        foreach (var option in options)
        {
            var distance = Measure(input, inputLower, option, threshold);
            if (distance is { } d)
            {
                scored.Add((option, d));
            }
        }

        scored.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : NaturalCompare(a.Option, b.Option));
        return scored.Select(s => s.Option).ToList();
    }

    /// <summary>" Did you mean "a", "b", or "c"?" (empty when there is nothing to suggest).</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions) => DidYouMean(null, suggestions);

    /// <summary>" Did you mean {subject} "a" or "b"?" (empty when there is nothing to suggest).</summary>
    public static string DidYouMean(string? subject, IReadOnlyList<string> suggestions)
    {
        var message = " Did you mean " + (subject is null ? string.Empty : subject + " ");
        var quoted = suggestions.Select(s => "\"" + s + "\"").ToList();
        switch (quoted.Count)
        {
            case 0:
                return string.Empty;
            case 1:
                return message + quoted[0] + "?";
            case 2:
                return message + quoted[0] + " or " + quoted[1] + "?";
        }

        var selected = quoted.Take(MaxSuggestions).ToList();
        var last = selected[^1];
        selected.RemoveAt(selected.Count - 1);
        return message + string.Join(", ", selected) + ", or " + last + "?";
    }

    /// <summary>Compares strings with runs of digits compared as numbers (graphql-js <c>naturalCompare</c>).</summary>
    public static int NaturalCompare(string a, string b)
    {
        var i = 0;
        var j = 0;
        while (i < a.Length && j < b.Length)
        {
            var ca = a[i];
            var cb = b[j];
            if (char.IsAsciiDigit(ca) && char.IsAsciiDigit(cb))
            {
                long na = 0;
                do
                {
                    na = (na * 10) + (a[i] - '0');
                    i++;
                }
                while (i < a.Length && char.IsAsciiDigit(a[i]));

                long nb = 0;
                do
                {
                    nb = (nb * 10) + (b[j] - '0');
                    j++;
                }
                while (j < b.Length && char.IsAsciiDigit(b[j]));

                if (na != nb)
                {
                    return na < nb ? -1 : 1;
                }
            }
            else
            {
                if (ca != cb)
                {
                    return ca < cb ? -1 : 1;
                }

                i++;
                j++;
            }
        }

        return (a.Length - i).CompareTo(b.Length - j);
    }

    private static int? Measure(string input, string inputLower, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }

        var optionLower = option.ToLowerInvariant();
        if (inputLower == optionLower)
        {
            return 1;
        }

        var a = optionLower;
        var b = inputLower;
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > threshold)
        {
            return null;
        }

        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var upRow = rows[(i - 1) % 3];
            var currentRow = rows[i % 3];
            var smallestCell = currentRow[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var currentCell = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    var doubleDiagonalCell = rows[(i - 2) % 3][j - 2];
                    currentCell = Math.Min(currentCell, doubleDiagonalCell + 1);
                }

                if (currentCell < smallestCell)
                {
                    smallestCell = currentCell;
                }

                currentRow[j] = currentCell;
            }

            if (smallestCell > threshold)
            {
                return null;
            }
        }

        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }
}
