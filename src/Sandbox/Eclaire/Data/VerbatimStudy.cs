namespace Gateway.Sandbox.Eclaire.Data;

/// <summary>
/// A study kept exactly as published (API test snapshots, IG examples): its stored ResearchStudy document
/// (without <c>referenceContents</c>) and the Group, Location and Organization documents indexed with it,
/// all as UTF-8 JSON in their stored key order.
/// </summary>
internal sealed record VerbatimStudy(
    byte[] Study,
    byte[]? Group,
    IReadOnlyList<byte[]> Locations,
    IReadOnlyList<byte[]> Organizations);
