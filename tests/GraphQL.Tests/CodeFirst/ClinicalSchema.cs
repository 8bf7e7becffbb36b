using Gateway.GraphQL.Types;
using Gateway.GraphQL.Types.CodeFirst;
using static Gateway.GraphQL.Tests.CodeFirst.ClinicalModel;

namespace Gateway.GraphQL.Tests.CodeFirst;

/// <summary>The schema of <see cref="ClinicalModel"/>, built once.</summary>
public static class ClinicalSchema
{
    private static readonly Lazy<Schema> Shared = new(Build);

    public static Schema Instance => Shared.Value;

    public static Schema Build() => new CodeFirstSchemaBuilder()
        .AddQueryType<Query>()
        .AddMutationType<Mutation>()
        .AddType<Investigator>()
        .AddTypeExtension<StudyResolvers>()
        .Build();
}
