using System.Text.Json;
using Gateway.Sandbox.Common;

namespace Gateway.Sandbox.Eclaire.Data;

/// <summary>The code → display table of one of the API's code systems (Data/Eclaire/CodeSystems), with its version.</summary>
internal sealed class CodeSystemDisplays
{
    private readonly Dictionary<string, string> _displays;

    private CodeSystemDisplays(string url, string version, Dictionary<string, string> displays)
    {
        Url = url;
        Version = version;
        _displays = displays;
    }

    public string Url { get; }

    public string Version { get; }

    public string Display(string code) =>
        _displays.TryGetValue(code, out var display) ? display : throw new KeyNotFoundException($"Code '{code}' is not in {Url}.");

    /// <summary>Loads a CodeSystem (its <c>concept</c> list) or a ValueSet (its <c>compose.include[*].concept</c>).</summary>
    public static CodeSystemDisplays Load(string fileName)
    {
        using var document = JsonDocument.Parse(EmbeddedData.ReadBytes("Eclaire/CodeSystems/" + fileName));
        var root = document.RootElement;
        var displays = new Dictionary<string, string>(StringComparer.Ordinal);
        var url = root.GetProperty("url").GetString()!;
        var version = root.TryGetProperty("version", out var v) ? v.GetString()! : string.Empty;
        if (root.TryGetProperty("concept", out var concepts))
        {
            AddConcepts(concepts, displays);
        }
        else if (root.TryGetProperty("compose", out var compose))
        {
            foreach (var include in compose.GetProperty("include").EnumerateArray())
            {
                url = include.GetProperty("system").GetString()!;
                AddConcepts(include.GetProperty("concept"), displays);
            }
        }

        return new CodeSystemDisplays(url, version, displays);
    }

    private static void AddConcepts(JsonElement concepts, Dictionary<string, string> displays)
    {
        foreach (var concept in concepts.EnumerateArray())
        {
            displays[concept.GetProperty("code").GetString()!] = concept.GetProperty("display").GetString()!;
            if (concept.TryGetProperty("concept", out var children))
            {
                AddConcepts(children, displays);
            }
        }
    }
}
