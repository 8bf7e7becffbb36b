namespace Gateway.Sandbox.Tests;

[CollectionDefinition(Name)]
public sealed class DefaultDataSetCollection : ICollectionFixture<DefaultDataSetFixture>
{
    public const string Name = "default data set";
}
