namespace Gateway.Sandbox.TestSupport;

/// <summary>The body of <c>GET /_sandbox/google/exchanges</c>: how many assertions were exchanged for ID tokens since the last reset.</summary>
public sealed record TokenExchangeCount(int Exchanges, int Rejected);
