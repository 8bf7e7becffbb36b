namespace Gateway.GraphQL.Language;

/// <summary>The three root operation types of the spec (section 2.3).</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}
