using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Gateway.Eclaire.Fhir;

namespace Gateway.Eclaire.Tests.Support;

/// <summary>Reads the JSON fixtures copied beside the tests (never ../shared).</summary>
internal static class Fixtures
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string Text(string name) => File.ReadAllText(Path(name));

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path(name));

    public static T Load<T>(string name, JsonTypeInfo<T> typeInfo) =>
        JsonSerializer.Deserialize(Bytes(name), typeInfo) ?? throw new InvalidOperationException($"{name} is null");

    public static ResearchStudy Study(string name) => Load(name, FhirJsonContext.Default.ResearchStudy);

    public static Bundle Bundle(string name) => Load(name, FhirJsonContext.Default.Bundle);
}
