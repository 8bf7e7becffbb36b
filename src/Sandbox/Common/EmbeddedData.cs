using System.Reflection;
using System.Text;

namespace Gateway.Sandbox.Common;

/// <summary>Reads the reference tables embedded in the assembly (Data/**, see Data/README.md).</summary>
internal static class EmbeddedData
{
    private static readonly Assembly Assembly = typeof(EmbeddedData).Assembly;

    /// <summary>The bytes of the embedded file at <paramref name="path"/> (relative to Data/, with '/').</summary>
    public static byte[] ReadBytes(string path)
    {
        using var stream = Open(path);
        using var buffer = new MemoryStream(stream.CanSeek ? (int)stream.Length : 4096);
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>The text (UTF-8) of the embedded file at <paramref name="path"/>.</summary>
    public static string ReadText(string path) => Encoding.UTF8.GetString(ReadBytes(path)).TrimStart('\uFEFF');

    /// <summary>The rows of an embedded tab-separated file (lines starting with '#' are comments); <paramref name="skipHeader"/> drops the first row.</summary>
    public static IEnumerable<string[]> ReadTsv(string path, bool skipHeader)
    {
        using var reader = new StreamReader(Open(path), Encoding.UTF8);
        var headerPending = skipHeader;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (headerPending)
            {
                headerPending = false;
                continue;
            }

            yield return line.TrimEnd('\r').Split('\t');
        }
    }

    private static Stream Open(string path)
    {
        var normalized = path.Replace('\\', '/');
        var stream = Assembly.GetManifestResourceStream(normalized);
        if (stream is null)
        {
            foreach (var name in Assembly.GetManifestResourceNames())
            {
                if (string.Equals(name.Replace('\\', '/'), normalized, StringComparison.Ordinal))
                {
                    stream = Assembly.GetManifestResourceStream(name);
                    break;
                }
            }
        }

        return stream ?? throw new InvalidOperationException($"Embedded data file '{path}' is missing.");
    }
}
