using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Execution;

/// <summary>A parsed document and the validation errors found for it (empty when valid).</summary>
internal readonly record struct CachedDocument(DocumentNode Document, IReadOnlyList<GraphQLError> ValidationErrors);
