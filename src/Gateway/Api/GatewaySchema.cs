using GraphQLSchema = Gateway.GraphQL.Types.Schema;
using Gateway.Caching;
using Gateway.GraphQL.Types.CodeFirst;
using Gateway.Api.Eligibility;
using Gateway.Api.Groups;
using Gateway.Api.Organizations;
using Gateway.Api.Posos;
using Gateway.Api.Sites;
using Gateway.Api.Registry;
using Gateway.Api.Studies;

namespace Gateway.Api;

/// <summary>
/// The gateway's public schema, built code-first from the classes of <c>Api/</c>: one class per GraphQL type, one
/// <c>[ExtendObjectType]</c> class per group of resolvers. <c>schema/schema.graphql</c> is its printed SDL (a test
/// keeps the two equal). To add an area (e.g. Posos), write its types and resolver classes and register them in one
/// method called from <see cref="Build"/>, as <see cref="AddEclaire"/> does.
/// </summary>
internal static class GatewaySchema
{
    /// <summary>The schema's description (introspection and SDL).</summary>
    public const string Description = "The ECLAIRE × Posos gateway: France's registry of clinical studies (ECLAIRE) and Posos's drug-safety alerts (contraindications, interactions) in one GraphQL schema, one patient across both.";

    /// <summary>Builds and validates the schema (resolvers take their services and DataLoaders from each request).</summary>
    public static GraphQLSchema Build()
    {
        var builder = new CodeFirstSchemaBuilder()
            .SetDescription(Description)
            .AddQueryType(typeof(Query))

            // @cacheControl in the SDL; the ECLAIRE types carry [CacheControl]; everything the Posos and eligibility areas declare is PRIVATE.
            .AddCacheControl(rules => rules
                .ForNamespace(GatewayCacheHints.PososNamespace, GatewayCacheHints.Posos)
                .ForNamespace(GatewayCacheHints.EligibilityNamespace, GatewayCacheHints.Posos));
        AddEclaire(builder);
        AddPosos(builder);
        return builder.Build();
    }

    /// <summary>The ECLAIRE area: studies, groups, sites, organizations, statistics.</summary>
    private static void AddEclaire(CodeFirstSchemaBuilder builder) => builder
        .AddTypeExtension(typeof(StudyQueries))
        .AddTypeExtension(typeof(GroupQueries))
        .AddTypeExtension(typeof(SiteQueries))
        .AddTypeExtension(typeof(OrganizationQueries))
        .AddTypeExtension(typeof(StatisticsQueries))
        .AddTypeExtension(typeof(StudyResolvers))
        .AddTypeExtension(typeof(GroupResolvers))
        .AddTypeExtension(typeof(SiteResolvers))

        // Node implementations reachable only through `node(id:)` are reachable from other fields too; listed anyway
        // so the interface's possible types never depend on field order.
        .AddType<Study>()
        .AddType<Group>()
        .AddType<Site>()
        .AddType<Organization>();

    /// <summary>The Posos area: contraindications, interactions, suggestions, and the patient's eligibility for a study.</summary>
    private static void AddPosos(CodeFirstSchemaBuilder builder) => builder
        .AddTypeExtension(typeof(PososQueries))
        .AddTypeExtension(typeof(StudyEligibilityResolvers));
}
