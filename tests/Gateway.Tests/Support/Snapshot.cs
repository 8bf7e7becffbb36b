using System.Text.Encodings.Web;
using System.Text.Json;

namespace Gateway.Tests.Support;

/// <summary>
/// Snapshot assertions: a JSON value is compared with <c>__snapshots__/&lt;name&gt;.json</c> (indented, UTF-8 unescaped).
/// A missing file is written (and the assertion passes); with <c>UPDATE_SNAPSHOTS=1</c> every file is rewritten.
/// Review the diff of written files before committing them.
/// </summary>
public static class Snapshot
{
    public const string UpdateVariable = "UPDATE_SNAPSHOTS";

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Compares <paramref name="value"/> with the snapshot <paramref name="name"/>.</summary>
    public static void Match(string name, JsonElement value)
    {
        var path = Path.Combine(RepositoryPaths.Snapshots, name + ".json");
        var actual = JsonSerializer.Serialize(value, Indented).ReplaceLineEndings("\n") + "\n";
        if (!File.Exists(path) || Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(RepositoryPaths.Snapshots);
            File.WriteAllText(path, actual);
            return;
        }

        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            var line = FirstDifferentLine(expected, actual);
            Assert.Fail($"The snapshot {name}.json differs from line {line.Number}:\n  expected: {line.Expected}\n  actual:   {line.Actual}\n"
                + $"Run with {UpdateVariable}=1 to rewrite it if the change is intended, and review the diff.");
        }
    }

    private static (int Number, string Expected, string Actual) FirstDifferentLine(string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var l = i < left.Length ? left[i] : "<end>";
            var r = i < right.Length ? right[i] : "<end>";
            if (l != r)
            {
                return (i + 1, l.Trim(), r.Trim());
            }
        }

        return (0, string.Empty, string.Empty);
    }
}
