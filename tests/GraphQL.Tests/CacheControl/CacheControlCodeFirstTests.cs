using Gateway.GraphQL.CacheControl;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Tests.CacheControl.Patients;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.GraphQL.Tests.CacheControl;

/// <summary>Cache hints of code-first schemas: <see cref="CacheControlAttribute"/> and <see cref="CacheControlRules"/>.</summary>
public class CacheControlCodeFirstTests
{
    [CacheControl(MaxAge = 3600)]
    public sealed record Trial(string Title, Window Window)
    {
        [CacheControl(MaxAge = 30)]
        public string Live => Title + " now";
    }

    [CacheControl(InheritMaxAge = true)]
    public sealed record Window(string Start);

    public sealed record Note(string Text);

    public static class Query
    {
        public static Trial Trial() => new("Heart", new Window("2024"));

        public static Note Note() => new("plain");

        public static string Ping() => "pong";
    }

    [ExtendObjectType("Query")]
    [CacheControl(MaxAge = 300, Scope = CacheControlScope.Private)]
    public static class PrivateQueries
    {
        public static string Whoami() => "me";

        [CacheControl(MaxAge = 20)]
        public static string Mine() => "mine";
    }

    private static Schema Build(Action<CacheControlRules>? rules = null) => new CodeFirstSchemaBuilder()
        .AddQueryType(typeof(Query))
        .AddTypeExtension(typeof(PrivateQueries))
        .AddTypeExtension(typeof(PatientQueries))
        .AddCacheControl(rules)
        .Build();

    private static async Task<CachePolicy> PolicyAsync(Schema schema, string query)
    {
        var result = await new RequestExecutor(schema).ExecuteAsync(new ExecutionRequest { Query = query });
        Assert.Empty(result.Errors);
        return result.CachePolicy;
    }

    [Theory]
    [InlineData("{ trial { title window { start } } }", 3600, CacheControlScope.Public)]
    [InlineData("{ trial { title live } }", 30, CacheControlScope.Public)]
    [InlineData("{ trial { title } whoami }", 300, CacheControlScope.Private)]
    [InlineData("{ mine }", 20, CacheControlScope.Private)]
    public async Task Attributes_give_type_field_and_extension_hints(string query, int maxAge, CacheControlScope scope)
    {
        Assert.Equal(new CachePolicy(maxAge, scope), await PolicyAsync(Build(), query));
    }

    [Fact]
    public async Task Without_a_hint_a_root_field_is_not_cacheable()
    {
        Assert.False((await PolicyAsync(Build(), "{ note { text } }")).IsCacheable);
        Assert.False((await PolicyAsync(Build(), "{ trial { title } alerts(drug: \"x\") { level } }")).IsCacheable);
    }

    [Fact]
    public async Task A_namespace_rule_makes_a_whole_area_private()
    {
        var schema = Build(rules => rules.ForNamespace(typeof(PatientAlert).Namespace!, CacheHint.Private(60)));

        Assert.Equal(new CachePolicy(60, CacheControlScope.Private), await PolicyAsync(schema, "{ trial { title } alerts(drug: \"x\") { drug level } }"));
        Assert.Equal(new CacheHint(60, CacheControlScope.Private), CacheHints.Of(schema.GetType("PatientAlert")!));
        Assert.Equal(new CachePolicy(3600, CacheControlScope.Public), await PolicyAsync(schema, "{ trial { title } }"));
    }

    [Fact]
    public async Task Type_and_field_rules_complete_the_attributes()
    {
        var schema = Build(rules => rules
            .ForField("Query", "ping", CacheHint.Public(7))
            .ForField("Query", "note", CacheHint.Public(90))
            .ForType("Note", CacheHint.Private())
            .ForType("Trial", CacheHint.Public(5)));

        Assert.Equal(new CachePolicy(7, CacheControlScope.Public), await PolicyAsync(schema, "{ ping }"));
        Assert.Equal(new CachePolicy(90, CacheControlScope.Private), await PolicyAsync(schema, "{ note { text } }"));

        // The attribute's max age wins over the rule's.
        Assert.Equal(new CachePolicy(3600, CacheControlScope.Public), await PolicyAsync(schema, "{ trial { title } }"));
    }

    [Fact]
    public void A_rule_naming_nothing_fails_the_build()
    {
        var error = Assert.Throws<SchemaException>(() => Build(rules => rules.ForType("Nope", CacheHint.Private()).ForField("Query", "nope", CacheHint.Public(1))));

        Assert.Contains("the type \"Nope\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("the field \"Query.nope\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_directive_is_defined_in_the_schema()
    {
        var schema = Build();

        Assert.NotNull(schema.GetDirective("cacheControl"));
        Assert.IsType<EnumType>(schema.GetType("CacheControlScope"));
        Assert.Contains("directive @cacheControl(", SchemaPrinter.Print(schema), StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_max_age_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CacheControlAttribute { MaxAge = -1 });
    }
}
