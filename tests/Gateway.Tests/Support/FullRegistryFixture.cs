namespace Gateway.Tests.Support;

/// <summary>A gateway over a sandbox the size of the real registry (19,053 studies), for ECLAIRE's 10,000-result window.</summary>
public sealed class FullRegistryFixture : GatewayFixture
{
    protected override double SandboxScale => 1.0;
}
