using Gateway.GraphQL.Types;
using Gateway.GraphQL.Types.CodeFirst;
using Gateway.GraphQL.Types.Scalars;
using static Gateway.GraphQL.Tests.CodeFirst.ClinicalModel;

namespace Gateway.GraphQL.Tests.CodeFirst;

public class CodeFirstSchemaShapeTests
{
    private static Schema Schema => ClinicalSchema.Instance;

    [Fact]
    public void Root_types_are_named_after_their_operation()
    {
        Assert.Equal("Query", Schema.Query.Name);
        Assert.Equal("Mutation", Schema.Mutation!.Name);
        Assert.Equal(typeof(Query), Schema.Query.RuntimeType);
        Assert.Null(Schema.Subscription);
    }

    [Fact]
    public void Query_fields_come_from_properties_then_methods_with_arguments_and_defaults()
    {
        Assert.Equal(
            [
                "version: String!",
                "study(id: ID!): Study",
                "studies(first: Int! = 20, status: StudyStatus, search: String): [Study!]!",
                "findStudy(by: StudyLookupInput!): Study",
                "search(text: String!): [SearchResult!]!",
                "person(name: String!): Person",
                "count: Int!",
                "lastError: ErrorKind!",
                "allStudies: [Study!]!",
                "fail(message: String!): String!",
                "failLater: String!",
                "describe: String!",
            ],
            SchemaText.Fields(Schema, "Query"));
    }

    [Fact]
    public void Object_fields_follow_nullability_lists_scalars_renames_ignores_and_the_extension()
    {
        Assert.Equal(
            [
                "id: ID!",
                "title: String!",
                "acronym: String",
                "status: StudyStatus!",
                "phase: Int",
                "startDate: Date!",
                "createdAt: DateTime!",
                "keywords: [String!]!",
                "budget: Float",
                "displayName: String!",
                "tags: String",
                "participants(first: Int! = 20, filter: ParticipantFilterInput): [Participant!]!",
                "sponsor: Sponsor",
                "summary(separator: String! = \" - \"): String!",
            ],
            SchemaText.Fields(Schema, "Study"));
        Assert.Equal(["name: String!", "email: String", "ratings: [Int]!"], SchemaText.Fields(Schema, "Investigator"));
    }

    [Fact]
    public void Special_parameters_are_not_arguments()
    {
        var query = Schema.Query;
        Assert.Empty(query.Fields["count"].Arguments);          // [Service]
        Assert.Empty(query.Fields["describe"].Arguments);       // IResolverContext
        Assert.Equal(["id"], query.Fields["study"].Arguments.Select(a => a.Name).ToArray()); // CancellationToken
        var study = (ObjectType)Schema.GetType("Study")!;
        Assert.Equal(["separator"], study.Fields["summary"].Arguments.Select(a => a.Name).ToArray()); // [Parent]
        Assert.Empty(study.Fields["sponsor"].Arguments); // [Parent], DataLoader, CancellationToken
    }

    [Fact]
    public void Descriptions_apply_to_types_fields_arguments_input_fields_and_enum_values()
    {
        var study = (ObjectType)Schema.GetType("Study")!;
        Assert.Equal("A clinical study.", study.Description);
        Assert.Equal("The participants, first ones first.", study.Fields["participants"].Description);
        Assert.Equal("How many to return.", study.Fields["participants"].Arguments["first"].Description);
        Assert.Equal("Finds a study by its id.", Schema.Query.Fields["study"].Description);
        Assert.Equal("Someone taking part in studies.", Schema.GetType("Person")!.Description);
        Assert.Equal("The full name.", ((InterfaceType)Schema.GetType("Person")!).Fields["name"].Description);
        var input = (InputObjectType)Schema.GetType("NewStudyInput")!;
        Assert.Equal("What a new study starts with.", input.Description);
        Assert.Equal("A short name.", input.Fields["acronym"].Description);
        Assert.Equal("Closed to enrolment.", ((EnumType)Schema.GetType("StudyStatus")!).Values["CLOSED"].Description);
    }

    [Fact]
    public void Deprecations_come_from_GraphQLDeprecated_and_Obsolete()
    {
        var study = (ObjectType)Schema.GetType("Study")!;
        Assert.Equal("Use keywords.", study.Fields["tags"].DeprecationReason);
        Assert.Equal("Use studies.", Schema.Query.Fields["allStudies"].DeprecationReason);
        Assert.False(Schema.Query.Fields["studies"].IsDeprecated);
        Assert.Equal("Use CLOSED.", ((EnumType)Schema.GetType("StudyStatus")!).Values["TERMINATED"].DeprecationReason);
    }

    [Fact]
    public void Enums_have_constant_case_values_whose_internal_value_is_the_clr_member()
    {
        var status = (EnumType)Schema.GetType("StudyStatus")!;
        Assert.Equal(typeof(StudyStatus), status.RuntimeType);
        Assert.Equal(["PLANNED", "IN_PROGRESS", "CLOSED", "TERMINATED"], status.Values.Select(v => v.Name).ToArray());
        Assert.Equal(StudyStatus.InProgress, status.Values["IN_PROGRESS"].Value);
        Assert.Equal("IN_PROGRESS", status.Serialize(StudyStatus.InProgress));
        Assert.Equal(StudyStatus.Closed, status.ParseValue("CLOSED"));

        var kinds = (EnumType)Schema.GetType("ErrorKind")!;
        Assert.Equal(["HTTP_ERROR", "HTTP2_ERROR", "OTHER"], kinds.Values.Select(v => v.Name).ToArray());
    }

    [Fact]
    public void Input_objects_come_from_records_and_classes_with_defaults_and_nesting()
    {
        Assert.Equal(
            [
                "title: String!",
                "acronym: String",
                "keywords: [String!]!",
                "status: StudyStatus! = PLANNED",
                "startDate: Date",
                "site: SiteInput",
            ],
            SchemaText.Fields(Schema, "NewStudyInput"));
        Assert.Equal(["name: String!", "country: String", "capacity: Int! = 10", "contacts: [ContactInput!]!"], SchemaText.Fields(Schema, "SiteInput"));
        Assert.Equal(["email: String!", "primary: Boolean! = false"], SchemaText.Fields(Schema, "ContactInput"));
        Assert.Equal(["minAge: Int", "statuses: [StudyStatus!]"], SchemaText.Fields(Schema, "ParticipantFilterInput"));
        Assert.Equal(typeof(NewStudyInput), ((InputObjectType)Schema.GetType("NewStudyInput")!).RuntimeType);
    }

    [Fact]
    public void OneOf_inputs_are_marked_and_their_fields_nullable()
    {
        var lookup = (InputObjectType)Schema.GetType("StudyLookupInput")!;
        Assert.True(lookup.IsOneOf);
        Assert.Equal(["id: ID", "acronym: String"], SchemaText.Fields(Schema, "StudyLookupInput"));
        Assert.False(((InputObjectType)Schema.GetType("SiteInput")!).IsOneOf);
    }

    [Fact]
    public void Interfaces_come_from_csharp_interfaces_and_are_implemented_by_the_object_types()
    {
        var person = Assert.IsType<InterfaceType>(Schema.GetType("Person"));
        Assert.Equal(["name: String!", "email: String"], SchemaText.Fields(Schema, "Person"));
        Assert.Equal(["Investigator", "Participant"], Schema.GetPossibleTypes(person).Select(t => t.Name).Order(StringComparer.Ordinal).ToArray());
        Assert.Contains(person, ((ObjectType)Schema.GetType("Participant")!).Interfaces);
        Assert.Null(person.Fields["name"].Resolver);
        Assert.Equal("Investigator", person.ResolveType!(new Investigator("x"), null!));
        Assert.Equal("Participant", person.ResolveType!(new Participant("p", null, 1, 1), null!));
    }

    [Fact]
    public void Unions_come_from_marker_interfaces()
    {
        var union = Assert.IsType<UnionType>(Schema.GetType("SearchResult"));
        Assert.Equal(["Investigator", "Study"], union.Types.Select(t => t.Name).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("Study", union.ResolveType!(ClinicalData.Studies[0], null!));
        Assert.Equal(typeof(Study), ((ObjectType)Schema.GetType("Study")!).RuntimeType);
    }

    [Fact]
    public void Scalars_map_from_clr_types()
    {
        Assert.Same(ExtendedScalars.Date, Schema.GetType("Date"));
        Assert.Same(ExtendedScalars.DateTime, Schema.GetType("DateTime"));
        Assert.Equal(DateTimeType.SpecificationUrl, ((ScalarType)Schema.GetType("DateTime")!).SpecifiedByUrl);
        Assert.Same(BuiltInScalars.ID, Schema.GetType("ID"));
    }

    [Fact]
    public void Metadata_records_the_clr_types_and_members()
    {
        var study = (ObjectType)Schema.GetType("Study")!;
        Assert.Equal(typeof(Study), study.Metadata[CodeFirstMetadata.ClrType]);
        Assert.Equal(typeof(StudyResolvers).GetMethod(nameof(StudyResolvers.GetSponsorAsync)), study.Fields["sponsor"].Metadata[CodeFirstMetadata.ClrMember]);
    }

    [Fact]
    public void Object_types_have_resolvers_for_every_field()
    {
        foreach (var type in Schema.Types.OfType<ObjectType>().Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            Assert.All(type.Fields, field => Assert.NotNull(field.Resolver));
        }
    }
}
