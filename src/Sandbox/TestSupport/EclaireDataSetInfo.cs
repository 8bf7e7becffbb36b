namespace Gateway.Sandbox.TestSupport;

/// <summary>The body of <c>GET /_sandbox/eclaire</c>: what the ECLAIRE data set is and how long it took to build.</summary>
public sealed record EclaireDataSetInfo(string DataSet, int Seed, double Scale, int Studies, double BuildMilliseconds, bool TextIndexBuilt, double? TextIndexMilliseconds);
