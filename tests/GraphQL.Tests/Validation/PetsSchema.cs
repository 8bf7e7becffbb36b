using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Validation;

/// <summary>The schema the validation tests run against (generate-rule-tests.mjs reads the SDL from this file).</summary>
public static class PetsSchema
{
    public const string Sdl = """
        interface Being {
          name(surname: Boolean): String
        }

        interface Mammal {
          mother: Mammal
          father: Mammal
        }

        interface Pet implements Being {
          name(surname: Boolean): String
        }

        interface Canine implements Mammal {
          name(surname: Boolean): String
          mother: Canine
          father: Canine
        }

        interface Intelligent {
          iq: Int
        }

        enum DogCommand {
          SIT
          HEEL
          DOWN
        }

        enum FurColor {
          BROWN
          BLACK
          TAN
          SPOTTED
          NO_FUR
          UNKNOWN
        }

        type Dog implements Being & Pet & Mammal & Canine {
          name(surname: Boolean): String
          nickname: String
          barkVolume: Int
          barks: Boolean
          doesKnowCommand(dogCommand: DogCommand): Boolean
          isHouseTrained(atOtherHomes: Boolean = true): Boolean
          isAtLocation(x: Int, y: Int): Boolean
          mother: Dog
          father: Dog
          owner: Human
          friends(first: Int): [Dog]
        }

        type Cat implements Being & Pet {
          name(surname: Boolean): String
          nickname: String
          meows: Boolean
          meowsVolume: Int
          furColor: FurColor
        }

        union CatOrDog = Cat | Dog

        type Human implements Being & Intelligent {
          name(surname: Boolean): String
          pets: [Pet]
          relatives(first: Int, limit: Int): [Human]!
          iq: Int
        }

        type Alien implements Being & Intelligent {
          name(surname: Boolean): String
          iq: Int
          numEyes: Int
        }

        union DogOrHuman = Dog | Human

        union HumanOrAlien = Human | Alien

        input ComplexInput {
          requiredField: Boolean!
          nonNullField: Boolean! = false
          intField: Int
          stringField: String
          booleanField: Boolean
          stringListField: [String]
          nested: ComplexInput
        }

        input OneOfInput @oneOf {
          stringField: String
          intField: Int
          dogCommand: DogCommand
        }

        type ComplicatedArgs {
          intArgField(intArg: Int): String
          nonNullIntArgField(nonNullIntArg: Int!): String
          stringArgField(stringArg: String): String
          booleanArgField(booleanArg: Boolean): String
          enumArgField(enumArg: FurColor): String
          floatArgField(floatArg: Float): String
          idArgField(idArg: ID): String
          stringListArgField(stringListArg: [String]): String
          stringListNonNullArgField(stringListNonNullArg: [String!]): String
          complexArgField(complexArg: ComplexInput): String
          oneOfArgField(oneOfArg: OneOfInput): String
          multipleReqs(req1: Int!, req2: Int!): String
          nonNullFieldWithDefault(arg: Int! = 0): String
          multipleOpts(opt1: Int = 0, opt2: Int = 0): String
          multipleOptAndReq(req1: Int!, req2: Int!, opt1: Int = 0, opt2: Int = 0): String
        }

        scalar Json

        type Query {
          human(id: ID): Human
          alien: Alien
          dog: Dog
          cat: Cat
          pet: Pet
          being: Being
          catOrDog: CatOrDog
          dogOrHuman: DogOrHuman
          humanOrAlien: HumanOrAlien
          complicatedArgs: ComplicatedArgs
          dogs(first: Int, last: Int): [Dog]
          json(value: Json): String
          search(filter: OneOfInput): [Being]
        }

        type Mutation {
          createDog(name: String!): Dog
          addPet(input: ComplexInput!): Pet
        }

        type Subscription {
          newDog: Dog
          newCat: Cat
          ticks(every: Int): Int
        }

        directive @onQuery on QUERY
        directive @onMutation on MUTATION
        directive @onSubscription on SUBSCRIPTION
        directive @onField on FIELD
        directive @onFragmentDefinition on FRAGMENT_DEFINITION
        directive @onFragmentSpread on FRAGMENT_SPREAD
        directive @onInlineFragment on INLINE_FRAGMENT
        directive @onVariableDefinition on VARIABLE_DEFINITION
        directive @repeatable repeatable on FIELD | FRAGMENT_SPREAD
        directive @withArgs(req: String!, opt: Int = 1) on FIELD
        """;

    private static readonly Lazy<Schema> Built = new(() => SchemaBuilder.Build(Sdl));

    public static Schema Schema => Built.Value;
}
