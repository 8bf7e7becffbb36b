using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.CodeFirst;

public class CodeFirstSdlTests
{
    [Fact]
    public void The_clinical_schema_prints_as_expected()
    {
        const string expected = """"
            type Query {
              version: String!

              """Finds a study by its id."""
              study(id: ID!): Study
              studies(first: Int! = 20, status: StudyStatus, search: String): [Study!]!
              findStudy(by: StudyLookupInput!): Study
              search(text: String!): [SearchResult!]!
              person(name: String!): Person
              count: Int!
              lastError: ErrorKind!
              allStudies: [Study!]! @deprecated(reason: "Use studies.")
              fail(message: String!): String!
              failLater: String!
              describe: String!
            }

            type Mutation {
              createStudy(input: NewStudyInput!): Study!
              describeSite(site: SiteInput!): String!
              sum(values: [Int!]!, more: [Int!]): Int!
            }

            type Investigator implements Person {
              name: String!
              email: String
              ratings: [Int]!
            }

            """A clinical study."""
            type Study {
              id: ID!
              title: String!
              acronym: String
              status: StudyStatus!
              phase: Int
              startDate: Date!
              createdAt: DateTime!
              keywords: [String!]!
              budget: Float
              displayName: String!
              tags: String @deprecated(reason: "Use keywords.")

              """The participants, first ones first."""
              participants(
                """How many to return."""
                first: Int! = 20
                filter: ParticipantFilterInput
              ): [Participant!]!
              sponsor: Sponsor
              summary(separator: String! = " - "): String!
            }

            enum StudyStatus {
              PLANNED
              IN_PROGRESS

              """Closed to enrolment."""
              CLOSED
              TERMINATED @deprecated(reason: "Use CLOSED.")
            }

            input StudyLookupInput @oneOf {
              id: ID
              acronym: String
            }

            union SearchResult = Investigator | Study

            """Someone taking part in studies."""
            interface Person {
              """The full name."""
              name: String!
              email: String
            }

            enum ErrorKind {
              HTTP_ERROR
              HTTP2_ERROR
              OTHER
            }

            """What a new study starts with."""
            input NewStudyInput {
              title: String!

              """A short name."""
              acronym: String
              keywords: [String!]!
              status: StudyStatus! = PLANNED
              startDate: Date
              site: SiteInput
            }

            """
            The `Date` scalar type represents a calendar date without time or offset, as an RFC 3339 full-date string such as `2024-05-01`.
            """
            scalar Date @specifiedBy(url: "https://scalars.graphql.org/andimarek/local-date")

            input SiteInput {
              name: String!
              country: String
              capacity: Int! = 10
              contacts: [ContactInput!]!
            }

            input ContactInput {
              email: String!
              primary: Boolean! = false
            }

            """
            The `DateTime` scalar type represents an exact point in time with an offset from UTC, as an RFC 3339 date-time string such as `2024-05-01T13:45:00.000Z`.
            """
            scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")

            type Participant implements Person {
              name: String!
              email: String
              age: Int!
              studyId: Int!
            }

            input ParticipantFilterInput {
              minAge: Int
              statuses: [StudyStatus!]
            }

            type Sponsor {
              id: Int!
              name: String!
            }
            """";
        var printed = SchemaPrinter.Print(ClinicalSchema.Build());
        Assert.Equal(expected, printed);
    }
}
