using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;
using static Gateway.GraphQL.Tests.CodeFirst.ClinicalModel;

namespace Gateway.GraphQL.Tests.CodeFirst;

public class CodeFirstExecutionTests
{
    private static Task<ExecutionResult> Run(
        string query,
        IReadOnlyDictionary<string, object?>? variables = null,
        IServiceProvider? services = null,
        Schema? schema = null,
        bool details = false) =>
        new RequestExecutor(schema ?? ClinicalSchema.Instance, new RequestExecutorOptions { Execution = new ExecutionOptions { IncludeExceptionDetails = details } })
            .ExecuteAsync(new ExecutionRequest { Query = query, Variables = variables, Services = services });

    [Fact]
    public async Task Resolves_properties_methods_defaults_and_scalars()
    {
        var result = await Run("{ studies(status: IN_PROGRESS) { id title acronym status phase startDate createdAt keywords budget displayName } version }");
        JsonAssert.Equal(
            """{"data":{"studies":[{"id":"1","title":"Heart Failure Outcomes","acronym":"HFO","status":"IN_PROGRESS","phase":3,"startDate":"2023-03-01","createdAt":"2023-02-01T09:30:00.000Z","keywords":["cardiology","outcomes"],"budget":1250000.5,"displayName":"Heart Failure Outcomes (HFO)"}],"version":"1.0"}}""",
            result.ToJson());
    }

    [Fact]
    public async Task Applies_argument_defaults_and_nullable_arguments()
    {
        var result = await Run("{ studies { id } few: studies(first: 1) { id } search: studies(search: \"kidney\") { id } }");
        JsonAssert.Equal(
            """{"data":{"studies":[{"id":"1"},{"id":"2"},{"id":"3"}],"few":[{"id":"1"}],"search":[{"id":"3"}]}}""", result.ToJson());
    }

    [Fact]
    public async Task Awaits_async_resolvers_and_converts_ID_arguments()
    {
        var result = await Run("{ a: study(id: \"3\") { title acronym phase createdAt } b: study(id: 2) { acronym phase createdAt } c: study(id: 99) { id } }");
        JsonAssert.Equal(
            """{"data":{"a":{"title":"Kidney Function Registry","acronym":"KFR","phase":4,"createdAt":"2018-12-01T00:00:00.000Z"},"b":{"acronym":null,"phase":null,"createdAt":"2024-05-02T14:00:00.000+02:00"},"c":null}}""",
            result.ToJson());
    }

    [Fact]
    public async Task Enum_arguments_arrive_as_the_clr_enum_from_literals_and_variables()
    {
        var result = await Run(
            "query($status: StudyStatus) { studies(status: $status) { title status } closed: studies(status: CLOSED) { id } lastError }",
            new Dictionary<string, object?>(StringComparer.Ordinal) { ["status"] = "PLANNED" });
        JsonAssert.Equal(
            """{"data":{"studies":[{"title":"Asthma in Children","status":"PLANNED"}],"closed":[{"id":"3"}],"lastError":"HTTP_ERROR"}}""",
            result.ToJson());
    }

    [Fact]
    public async Task Input_objects_become_clr_records_with_their_defaults()
    {
        var result = await Run("""
            mutation {
              createStudy(input: { title: "New", keywords: ["x", "y"], acronym: "NEW" }) { id title acronym status startDate keywords }
            }
            """);
        JsonAssert.Equal(
            """{"data":{"createStudy":{"id":"100","title":"New","acronym":"NEW","status":"PLANNED","startDate":"2024-01-01","keywords":["x","y"]}}}""",
            result.ToJson());
    }

    [Fact]
    public async Task Nested_input_objects_lists_and_property_defaults_are_converted_from_variables()
    {
        var site = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["name"] = "Leeds",
            ["contacts"] = new List<object?>
            {
                new Dictionary<string, object?>(StringComparer.Ordinal) { ["email"] = "a@x.org", ["primary"] = true },
                new Dictionary<string, object?>(StringComparer.Ordinal) { ["email"] = "b@x.org" },
            },
        };
        var result = await Run(
            "mutation($site: SiteInput!) { withVariables: describeSite(site: $site) literal: describeSite(site: { name: \"York\", country: \"UK\", capacity: 3, contacts: [] }) }",
            new Dictionary<string, object?>(StringComparer.Ordinal) { ["site"] = site });
        JsonAssert.Equal(
            """{"data":{"withVariables":"Leeds/-/10/a@x.org*;b@x.org","literal":"York/UK/3/"}}""", result.ToJson());
    }

    [Fact]
    public async Task Input_records_with_nested_inputs_and_dates_are_built()
    {
        var result = await Run("""
            mutation {
              createStudy(input: { title: "T", keywords: [], status: CLOSED, startDate: "2025-02-28", site: { name: "S", contacts: [{ email: "e" }] } }) { status startDate }
            }
            """);
        JsonAssert.Equal(
            """{"data":{"createStudy":{"status":"CLOSED","startDate":"2025-02-28"}}}""", result.ToJson());
    }

    [Fact]
    public async Task List_arguments_convert_to_arrays_and_read_only_lists()
    {
        var result = await Run("mutation { a: sum(values: [1, 2, 3]) b: sum(values: [1], more: [10, 20]) c: sum(values: 5) }");
        JsonAssert.Equal(
            """{"data":{"a":6,"b":31,"c":5}}""", result.ToJson());
    }

    [Fact]
    public async Task Nested_argument_objects_with_enum_lists_reach_methods_of_object_types()
    {
        var result = await Run("{ study(id: 1) { participants(filter: { minAge: 40, statuses: [IN_PROGRESS] }) { name age } none: participants(filter: { statuses: [CLOSED] }) { name } two: participants(first: 2) { name } } }");
        JsonAssert.Equal(
            """{"data":{"study":{"participants":[{"name":"Ann Lee","age":54},{"name":"Bo Chen","age":61}],"none":[],"two":[{"name":"Ann Lee"},{"name":"Bo Chen"}]}}}""",
            result.ToJson());
    }

    [Fact]
    public async Task OneOf_inputs_take_exactly_one_field()
    {
        var result = await Run("{ byAcronym: findStudy(by: { acronym: \"KFR\" }) { id } byId: findStudy(by: { id: \"2\" }) { title } }");
        JsonAssert.Equal(
            """{"data":{"byAcronym":{"id":"3"},"byId":{"title":"Asthma in Children"}}}""", result.ToJson());
    }

    [Fact]
    public async Task Unions_and_interfaces_resolve_by_clr_type()
    {
        var result = await Run("""
            {
              search(text: "kidney") { __typename ... on Study { title } ... on Investigator { name } }
              investigator: person(name: "Dr. Heart") { __typename name email ... on Investigator { ratings } }
              participant: person(name: "Ann Lee") { __typename name email ... on Participant { age } }
            }
            """);
        JsonAssert.Equal(
            """{"data":{"search":[{"__typename":"Study","title":"Kidney Function Registry"},{"__typename":"Investigator","name":"Dr. Kidney"}],"investigator":{"__typename":"Investigator","name":"Dr. Heart","email":null,"ratings":[5,null,4]},"participant":{"__typename":"Participant","name":"Ann Lee","email":"ann@example.com","age":54}}}""",
            result.ToJson());
    }

    [Fact]
    public async Task Type_extension_fields_receive_the_parent_and_batch_through_a_DataLoader()
    {
        var before = SponsorLoader.Batches;
        var result = await Run("{ studies { sponsor { name } summary short: summary(separator: \":\") } }");
        JsonAssert.Equal(
            """{"data":{"studies":[{"sponsor":{"name":"CardioPharma"},"summary":"Heart Failure Outcomes - InProgress","short":"Heart Failure Outcomes:InProgress"},{"sponsor":{"name":"Breathe Foundation"},"summary":"Asthma in Children - Planned","short":"Asthma in Children:Planned"},{"sponsor":{"name":"CardioPharma"},"summary":"Kidney Function Registry - Closed","short":"Kidney Function Registry:Closed"}]}}""",
            result.ToJson());
        Assert.Equal(1, SponsorLoader.Batches - before);
    }

    [Fact]
    public async Task Service_parameters_come_from_the_request_services()
    {
        var result = await Run("{ count }", services: new TestServices().Add<IStudyRepository>(new StudyRepository()));
        JsonAssert.Equal(
            """{"data":{"count":3}}""", result.ToJson());

        var missing = await Run("{ count }", details: true);
        JsonAssert.Equal(
            """{"errors":[{"message":"The service Gateway.GraphQL.Tests.CodeFirst.ClinicalModel.IStudyRepository needed by parameter \"repository\" of Gateway.GraphQL.Tests.CodeFirst.ClinicalModel.Query.CountAsync is not registered in the request's services.","locations":[{"line":1,"column":3}],"path":["count"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":null}""",
            missing.ToJson());
    }

    [Fact]
    public async Task Resolver_exceptions_become_field_errors()
    {
        var hidden = await Run("{ fail(message: \"boom\") version }");
        JsonAssert.Equal(
            """{"errors":[{"message":"Unexpected Execution Error","locations":[{"line":1,"column":3}],"path":["fail"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":null}""",
            hidden.ToJson());

        var shown = await Run("{ fail(message: \"boom\") }", details: true);
        Assert.Contains("\"message\":\"boom\"", JsonAssert.Normalize(shown.ToJson()), StringComparison.Ordinal);

        var graphQLError = await Run("{ failLater }");
        Assert.StartsWith("""{"errors":[{"message":"Not available.","locations":[{"line":1,"column":3}],"path":["failLater"]""", JsonAssert.Normalize(graphQLError.ToJson()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_resolver_context_can_be_a_parameter()
    {
        var result = await Run("{ describe }");
        JsonAssert.Equal(
            """{"data":{"describe":"describe"}}""", result.ToJson());
    }
}
