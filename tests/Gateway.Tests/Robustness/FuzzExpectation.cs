namespace Gateway.Tests.Robustness;

/// <summary>What a fuzz case's answer must be, beyond "not a 5xx, no leak".</summary>
public enum FuzzExpectation
{
    /// <summary>A GraphQL response (or, for a batch, an array of them): JSON with <c>data</c> and/or <c>errors</c>, every error coded.</summary>
    GraphQL,

    /// <summary>Not a GraphQL request (the IDE's files, the SDL, HEAD, a 304): any answer below 500.</summary>
    NotGraphQL,
}
