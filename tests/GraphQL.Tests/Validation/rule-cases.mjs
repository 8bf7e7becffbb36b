// Validation test cases per rule: [name, query]. generate-rule-tests.mjs runs each through graphql-js
// with that rule alone and writes the expected errors into Rules/<Rule>RuleTests.cs.
export default {
  ExecutableDefinitions: [
    ['only an operation', `query Q { dog { name } }`],
    ['an operation and a fragment', `
      query Q { dog { ...F } }
      fragment F on Dog { name }
    `],
    ['a type definition', `
      query Q { dog { name } }
      type Cow { name: String }
      extend type Dog { color: String }
    `],
    ['schema definition and extension', `
      schema { query: Query }
      extend schema @directive
      query { dog { name } }
    `],
    ['directive and input definitions', `
      directive @d on FIELD
      input In { a: Int }
      { dog { name } }
    `],
  ],
  UniqueOperationNames: [
    ['one anonymous operation', `{ dog { name } }`],
    ['distinct names across kinds', `
      query A { dog { name } }
      mutation B { createDog(name: "x") { name } }
      subscription C { newDog { name } }
    `],
    ['a fragment may share an operation name', `
      query Foo { dog { ...Foo } }
      fragment Foo on Dog { name }
    `],
    ['two queries with one name', `
      query Foo { dog { name } }
      query Foo { cat { name } }
    `],
    ['same name for different operation kinds', `
      query Foo { dog { name } }
      mutation Foo { createDog(name: "x") { name } }
      subscription Foo { newDog { name } }
    `],
  ],
  LoneAnonymousOperation: [
    ['one anonymous operation', `{ dog { name } }`],
    ['several named operations', `
      query A { dog { name } }
      query B { cat { name } }
    `],
    ['anonymous with fragments', `
      { dog { ...F } }
      fragment F on Dog { name }
    `],
    ['two anonymous operations', `
      { dog { name } }
      { cat { name } }
    `],
    ['anonymous with a named mutation', `
      { dog { name } }
      mutation M { createDog(name: "x") { name } }
    `],
  ],
  SingleFieldSubscriptions: [
    ['one field', `subscription S { newDog { name } }`],
    ['one field through a fragment', `
      subscription S { ...F }
      fragment F on Subscription { newDog { name } }
    `],
    ['the same field twice', `subscription S { newDog { name } newDog { nickname } }`],
    ['two fields', `subscription S { newDog { name } newCat { name } }`],
    ['anonymous with three fields', `subscription { newDog { name } newCat { name } ticks }`],
    ['fields through fragments', `
      subscription S { newDog { name } ...F }
      fragment F on Subscription { newCat { name } ticks }
    `],
    ['introspection field', `subscription S { __typename }`],
    ['anonymous introspection field', `subscription { __typename }`],
    ['skipped with a literal', `subscription S { newDog { name } newCat @skip(if: true) { name } }`],
    ['included with a literal false', `subscription S { newDog { name } ticks @include(if: false) }`],
    ['inline fragment on another type does not count', `subscription S { newDog { name } ... on Query { dog { name } } }`],
  ],
  KnownTypeNames: [
    ['known types', `
      query Q($a: String, $b: [Int!], $c: ComplexInput) { dog { ...F ... on Dog { name } } }
      fragment F on Pet { name }
    `],
    ['unknown variable type', `query Q($a: Strin, $b: [Boolen!]) { dog { name } }`],
    ['unknown type conditions', `
      { dog { ... on Dgo { name } ...F } }
      fragment F on Peettt { name }
    `],
    ['unknown type in an SDL definition', `
      type Cow implements Mamal { name: Strng tail: Tail }
      { dog { name } }
    `],
    ['standard types are known in SDL', `
      type Cow { name: ID kind: __TypeKind }
      { dog { name } }
    `],
    ['types defined in the document are known', `
      type Cow { name: String }
      query Q($c: Cow) { dog { name } }
    `],
  ],
  FragmentsOnCompositeTypes: [
    ['object, interface and union conditions', `
      fragment A on Dog { name }
      fragment B on Pet { name }
      fragment C on CatOrDog { __typename }
      { dog { ... on Dog { name } ... { name } } }
    `],
    ['fragment on a scalar', `fragment F on Boolean { bad }`],
    ['fragment on an enum', `fragment F on FurColor { bad }`],
    ['fragment on an input object', `fragment F on ComplexInput { bad }`],
    ['inline fragment on a scalar', `{ dog { ... on String { bad } } }`],
    ['unknown type is left to another rule', `fragment F on Unknown { bad }`],
  ],
  VariablesAreInputTypes: [
    ['input types', `query Q($a: String, $b: [Boolean!]!, $c: ComplexInput, $d: FurColor) { dog { name } }`],
    ['object type variable', `query Q($a: Dog, $b: [[Pet!]]!, $c: CatOrDog) { dog { name } }`],
    ['unknown type is left to another rule', `query Q($a: Unknown) { dog { name } }`],
  ],
  ScalarLeafs: [
    ['scalar without selection', `{ dog { name barks } }`],
    ['object without selection', `{ human }`],
    ['list of interfaces without selection', `{ human(id: 1) { pets } }`],
    ['selection on a scalar', `{ dog { name { length } } }`],
    ['selection on an enum', `{ cat { furColor { name } } }`],
    ['selection on a scalar with arguments', `{ dog { doesKnowCommand(dogCommand: SIT) { x } } }`],
    ['non-null list of objects without selection', `{ human { relatives } }`],
  ],
  FieldsOnCorrectType: [
    ['known fields and aliases', `{ dog { name tag: nickname __typename } }`],
    ['typename on a union', `{ catOrDog { __typename } }`],
    ['meta fields on the query type', `{ __schema { queryType { name } } __type(name: "Dog") { name } }`],
    ['unknown field with a suggestion', `{ dog { nam } }`],
    ['unknown field without a suggestion', `{ dog { xyzzy } }`],
    ['field of an implementation on an interface', `{ pet { barks } }`],
    ['field on a union', `{ catOrDog { name } }`],
    ['field shared by interfaces on a union', `{ dogOrHuman { name } }`],
    ['field on an interface implemented by several types', `{ being { iq } }`],
    ['unknown field on unknown parent is left alone', `{ dog { ... on Unknown { meow } } }`],
    ['meta field on a non-root type', `{ dog { __schema { queryType { name } } } }`],
    ['field on a mutation root', `mutation { createDg(name: "x") { name } }`],
  ],
  UniqueFragmentNames: [
    ['distinct fragments', `
      { dog { ...A ...B } }
      fragment A on Dog { name }
      fragment B on Dog { nickname }
    `],
    ['a repeated fragment', `
      { dog { ...A } }
      fragment A on Dog { name }
      fragment A on Dog { nickname }
    `],
    ['a fragment three times', `
      { dog { ...A } }
      fragment A on Dog { name }
      fragment A on Dog { nickname }
      fragment A on Dog { barks }
    `],
  ],
  KnownFragmentNames: [
    ['known fragments', `
      { dog { ...A ... on Dog { ...B } } }
      fragment A on Dog { name }
      fragment B on Dog { ...A }
    `],
    ['unknown fragments', `
      { dog { ...Unknown1 name } }
      fragment A on Dog { ...Unknown2 owner { ...Unknown3 } }
    `],
  ],
  NoUnusedFragments: [
    ['all used', `
      { dog { ...A } }
      fragment A on Dog { ...B }
      fragment B on Dog { name }
    `],
    ['used by different operations', `
      query Q1 { dog { ...A } }
      query Q2 { cat { ...B } }
      fragment A on Dog { name }
      fragment B on Cat { name }
    `],
    ['unused fragments', `
      { dog { ...A } }
      fragment A on Dog { name }
      fragment B on Dog { nickname }
      fragment C on Dog { ...D }
      fragment D on Dog { barks }
    `],
    ['unused fragment cycle', `
      { dog { name } }
      fragment A on Dog { ...B }
      fragment B on Dog { ...A }
    `],
    ['no operation', `fragment A on Dog { name }`],
  ],
  PossibleFragmentSpreads: [
    ['same type and subtypes', `
      { dog { ...D ... on Pet { name } ... on CatOrDog { __typename } } pet { ... on Dog { barks } ...D } }
      fragment D on Dog { name }
    `],
    ['interface in interface', `{ being { ... on Pet { name } ... on Intelligent { iq } } }`],
    ['object in another object', `{ dog { ... on Cat { meows } } }`],
    ['named fragment of another object', `
      { dog { ...C } }
      fragment C on Cat { meows }
    `],
    ['union that cannot contain the object', `{ dog { ... on HumanOrAlien { __typename } } }`],
    ['object outside an interface', `{ pet { ... on Human { iq } } }`],
    ['disjoint unions', `
      { catOrDog { ...HA } }
      fragment HA on HumanOrAlien { __typename }
    `],
    ['interface outside a union', `{ humanOrAlien { ... on Pet { name } } }`],
    ['overlapping unions', `{ dogOrHuman { ... on CatOrDog { __typename } } }`],
  ],
  NoFragmentCycles: [
    ['no cycle', `
      { dog { ...A } }
      fragment A on Dog { ...B }
      fragment B on Dog { name }
    `],
    ['spread twice without a cycle', `
      { dog { ...A } }
      fragment A on Dog { ...B ...B }
      fragment B on Dog { name }
    `],
    ['self spread', `fragment A on Dog { ...A }`],
    ['self spread in an inline fragment', `fragment A on Pet { ... on Dog { ...A } }`],
    ['two fragment cycle', `
      fragment A on Dog { ...B }
      fragment B on Dog { ...A }
    `],
    ['long cycle', `
      fragment A on Dog { ...B }
      fragment B on Dog { ...C }
      fragment C on Dog { ...D }
      fragment D on Dog { ...A }
    `],
    ['several cycles', `
      fragment A on Dog { ...B ...C }
      fragment B on Dog { ...A }
      fragment C on Dog { ...A ...C }
    `],
    ['cycle below an entry', `
      fragment A on Dog { ...B }
      fragment B on Dog { ...C }
      fragment C on Dog { ...B }
    `],
    ['unknown spread is not a cycle', `fragment A on Dog { ...Unknown }`],
  ],
  UniqueVariableNames: [
    ['distinct variables', `query Q($a: Int, $b: Int) { dog { name } }`],
    ['repeated variables', `query Q($a: Int, $b: Int, $a: String, $b: Int, $a: Int) { dog { name } }`],
    ['same name in two operations', `
      query A($x: Int) { dog { name } }
      query B($x: Int) { dog { name } }
    `],
  ],
  NoUndefinedVariables: [
    ['all defined', `query Q($a: Boolean) { dog { isHouseTrained(atOtherHomes: $a) } }`],
    ['defined for a fragment', `
      query Q($a: Boolean) { dog { ...F } }
      fragment F on Dog { isHouseTrained(atOtherHomes: $a) }
    `],
    ['undefined in a named operation', `query Q { dog { isHouseTrained(atOtherHomes: $a) } }`],
    ['undefined in an anonymous operation', `{ dog { isHouseTrained(atOtherHomes: $a) } }`],
    ['undefined through fragments', `
      query Q1($a: Boolean) { dog { ...F } }
      query Q2 { dog { ...F } }
      fragment F on Dog { isHouseTrained(atOtherHomes: $a) ...G }
      fragment G on Dog { isAtLocation(x: $x, y: $y) }
    `],
    ['undefined in directives and objects', `
      query Q { dog @include(if: $c) { name } complicatedArgs { complexArgField(complexArg: { requiredField: $r, stringListField: [$s] }) } }
    `],
  ],
  NoUnusedVariables: [
    ['all used', `query Q($a: Boolean, $b: Int) { dog { isHouseTrained(atOtherHomes: $a) isAtLocation(x: $b) } }`],
    ['used in a fragment', `
      query Q($a: Boolean) { dog { ...F } }
      fragment F on Dog { isHouseTrained(atOtherHomes: $a) }
    `],
    ['unused in a named operation', `query Q($a: Boolean, $b: Int) { dog { isHouseTrained(atOtherHomes: $a) } }`],
    ['unused in an anonymous operation', `query ($a: Boolean, $b: Int) { dog { name } }`],
    ['used only in another operation\'s fragment', `
      query Q1($a: Boolean) { dog { ...F } }
      query Q2($a: Boolean) { dog { name } }
      fragment F on Dog { isHouseTrained(atOtherHomes: $a) }
    `],
    ['variable used in its own default is not a use', `query Q($a: Int = 1, $b: Int) { dog { isAtLocation(x: $a) } }`],
  ],
  KnownDirectives: [
    ['known directives in their locations', `
      query Q($v: Int @onVariableDefinition) @onQuery {
        dog @include(if: true) @onField { ...F @onFragmentSpread ... @onInlineFragment { name } }
      }
      fragment F on Dog @onFragmentDefinition { name }
      mutation M @onMutation { createDog(name: "x") { name } }
      subscription S @onSubscription { newDog { name } }
    `],
    ['unknown directives', `{ dog @unknown(x: 1) { name @nope } }`],
    ['misplaced directives', `
      query Q($v: Int @onField) @onMutation {
        dog @onQuery { ...F @onInlineFragment ... @onFragmentSpread { name } }
      }
      fragment F on Dog @onField { name }
      mutation M @onSubscription { createDog(name: "x") { name } }
      subscription S @onQuery { newDog { name } }
    `],
    ['directives in SDL', `
      type T @onField { f: String @deprecated @onQuery }
      scalar S @specifiedBy(url: "x") @skip(if: true)
      enum E { A @deprecated B @include(if: true) }
      input I @oneOf { a: Int @deprecated b: Int @onField }
      schema @onQuery { query: Query }
    `],
    ['directive defined in the document', `
      directive @mine on FIELD
      { dog @mine { name @mine } ...F }
      fragment F on Query @mine { dog { name } }
    `],
  ],
  UniqueDirectivesPerLocation: [
    ['distinct directives', `{ dog @onField @include(if: true) { name } }`],
    ['same directive on different fields', `{ dog @onField { name @onField } }`],
    ['repeatable directive', `{ dog @repeatable @repeatable { name } }`],
    ['duplicate directives', `{ dog @onField @onField @onField { name } }`],
    ['duplicates everywhere', `
      query Q @onQuery @onQuery { dog { ...F @onFragmentSpread @onFragmentSpread ... @onInlineFragment @onInlineFragment { name } } }
      fragment F on Dog @onFragmentDefinition @onFragmentDefinition { name @skip(if: false) @skip(if: true) }
    `],
    ['duplicates across a type and its extension', `
      type T @onField { f: String }
      extend type T @onField
      query Q { dog { name } }
    `],
  ],
  KnownArgumentNames: [
    ['known arguments', `{ dog { doesKnowCommand(dogCommand: SIT) name @include(if: true) } }`],
    ['unknown field argument with a suggestion', `{ dog { doesKnowCommand(dogcommand: SIT) } }`],
    ['unknown field argument without a suggestion', `{ dog { doesKnowCommand(xyz: SIT) } }`],
    ['unknown directive argument', `{ dog { name @skip(iff: true) } }`],
    ['arguments of an unknown directive are not checked', `{ dog { name @unknown(x: 1) } }`],
    ['arguments of an unknown field are not checked', `{ dog { unknown(x: 1) } }`],
    ['several unknown arguments', `{ dog { isAtLocation(x: 1, z: 2, yy: 3) } complicatedArgs { multipleOpts(opt3: 1) } }`],
    ['directive defined in the document', `
      directive @mine(a: Int) on FIELD
      { dog @mine(a: 1, b: 2) { name } }
    `],
  ],
  UniqueArgumentNames: [
    ['distinct arguments', `{ dog { isAtLocation(x: 1, y: 2) @withArgs(req: "a", opt: 1) } }`],
    ['same argument on different fields', `{ dog { isAtLocation(x: 1) f: isAtLocation(x: 2) } }`],
    ['duplicate field arguments', `{ dog { isAtLocation(x: 1, x: 2, y: 3, x: 4) } }`],
    ['duplicate directive arguments', `{ dog { name @skip(if: true, if: false) } }`],
  ],
  ValuesOfCorrectType: [
    ['good values', `
      {
        complicatedArgs {
          intArgField(intArg: 2)
          stringArgField(stringArg: "s")
          booleanArgField(booleanArg: true)
          enumArgField(enumArg: BROWN)
          floatArgField(floatArg: 1.5)
          f2: floatArgField(floatArg: 1)
          idArgField(idArg: 1)
          i2: idArgField(idArg: "x")
          stringListArgField(stringListArg: ["a", null, "b"])
          s2: stringListArgField(stringListArg: "single")
          complexArgField(complexArg: { requiredField: true, nested: { requiredField: false } })
          oneOfArgField(oneOfArg: { intField: 1 })
          nonNullIntArgField(nonNullIntArg: 1)
        }
        json(value: { any: [1, "x", { y: null }] })
      }
    `],
    ['wrong scalar literals', `
      {
        complicatedArgs {
          intArgField(intArg: "3")
          i2: intArgField(intArg: 3.5)
          i3: intArgField(intArg: 2147483648)
          stringArgField(stringArg: 1)
          booleanArgField(booleanArg: "true")
          floatArgField(floatArg: true)
          idArgField(idArg: 1.0)
        }
      }
    `],
    ['wrong enum literals', `
      {
        complicatedArgs {
          enumArgField(enumArg: "BROWN")
          e2: enumArgField(enumArg: brown)
          e3: enumArgField(enumArg: PURPLE)
          e4: enumArgField(enumArg: 1)
        }
      }
    `],
    ['null for non-null', `{ complicatedArgs { nonNullIntArgField(nonNullIntArg: null) stringListNonNullArgField(stringListNonNullArg: ["a", null]) } }`],
    ['lists of wrong items', `{ complicatedArgs { stringListArgField(stringListArg: ["a", 2, ["b"]]) } }`],
    ['object for a scalar and list for an object', `{ complicatedArgs { intArgField(intArg: { a: 1 }) complexArgField(complexArg: [1]) } }`],
    ['input object problems', `
      {
        complicatedArgs {
          complexArgField(complexArg: { intField: 4 })
          c2: complexArgField(complexArg: { requiredField: true, unknownField: 1, stringFeld: "x" })
          c3: complexArgField(complexArg: { requiredField: true, nested: { intField: "x" } })
          c4: complexArgField(complexArg: "not an object")
        }
      }
    `],
    ['oneOf problems', `
      {
        complicatedArgs {
          oneOfArgField(oneOfArg: { stringField: "a", intField: 1 })
          o2: oneOfArgField(oneOfArg: {})
          o3: oneOfArgField(oneOfArg: { intField: null })
          o4: oneOfArgField(oneOfArg: { dogCommand: BAD })
        }
      }
    `],
    ['variable default values', `query Q($a: Int = "x", $b: ComplexInput = { intField: 1 }, $c: [String] = [1], $d: Int! = null) { dog { name } }`],
    ['directive arguments', `{ dog @include(if: "yes") { name @skip(if: 1) } }`],
    ['values for unknown arguments are not checked', `{ dog { name(unknown: "x") doesKnowCommand(dogCommand: "SIT") } }`],
  ],
  ProvidedRequiredArguments: [
    ['all given', `{ complicatedArgs { multipleReqs(req1: 1, req2: 2) nonNullFieldWithDefault multipleOpts } }`],
    ['missing field arguments', `{ complicatedArgs { multipleReqs(req2: 2) m2: multipleReqs nonNullIntArgField multipleOptAndReq(opt1: 1) } }`],
    ['null counts as given', `{ complicatedArgs { nonNullIntArgField(nonNullIntArg: null) } }`],
    ['missing directive arguments', `{ dog @include { name @skip @withArgs(opt: 2) } }`],
    ['unknown fields are not checked', `{ dog { unknown } }`],
    ['directive defined in the document', `
      directive @mine(a: Int!, b: [String!]!, c: Int! = 1) on FIELD
      { dog @mine { name } }
    `],
  ],
  VariablesInAllowedPosition: [
    ['matching types', `
      query Q($i: Int, $b: Boolean!, $c: DogCommand, $s: [String!]!, $x: ComplexInput) {
        complicatedArgs {
          intArgField(intArg: $i)
          stringListArgField(stringListArg: $s)
          s2: stringListNonNullArgField(stringListNonNullArg: $s)
          complexArgField(complexArg: $x)
        }
        dog @include(if: $b) { doesKnowCommand(dogCommand: $c) }
      }
    `],
    ['nullable into non-null', `
      query Q($i: Int, $b: Boolean) {
        complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) }
        dog @include(if: $b) { name }
      }
    `],
    ['defaults make nullable allowed', `
      query Q($i: Int = 1, $j: Int) {
        complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) nonNullFieldWithDefault(arg: $j) }
      }
    `],
    ['null default does not', `query Q($i: Int = null) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) } }`],
    ['wrong types', `
      query Q($s: String, $l: [Int], $n: [[String]], $f: FurColor) {
        complicatedArgs {
          intArgField(intArg: $s)
          stringListArgField(stringListArg: $l)
          s2: stringListArgField(stringListArg: $n)
          enumArgField(enumArg: $f)
          e2: stringArgField(stringArg: $f)
        }
      }
    `],
    ['list items and object fields', `
      query Q($s: String, $i: Int, $b: Boolean) {
        complicatedArgs {
          stringListNonNullArgField(stringListNonNullArg: [$s])
          complexArgField(complexArg: { requiredField: $b, intField: $i, stringListField: [$i] })
        }
      }
    `],
    ['through fragments', `
      query Q($i: Int) { complicatedArgs { ...F } }
      fragment F on ComplicatedArgs { nonNullIntArgField(nonNullIntArg: $i) }
    `],
    ['oneOf fields need non-null variables', `
      query Q($s: String, $t: String!) {
        complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) o2: oneOfArgField(oneOfArg: { stringField: $t }) }
      }
    `],
  ],
  OverlappingFieldsCanBeMerged: [
    ['identical fields', `{ dog { name name } }`],
    ['identical fields with identical arguments', `{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) } }`],
    ['different aliases', `{ dog { a: name b: name } }`],
    ['same alias, different fields', `{ dog { name: nickname name } }`],
    ['different arguments', `{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) } }`],
    ['arguments against none', `{ dog { doesKnowCommand doesKnowCommand(dogCommand: HEEL) } }`],
    ['differing variables', `query Q($a: DogCommand, $b: DogCommand) { dog { doesKnowCommand(dogCommand: $a) doesKnowCommand(dogCommand: $b) } }`],
    ['object arguments in different order are the same', `{ complicatedArgs { complexArgField(complexArg: { requiredField: true, intField: 1 }) complexArgField(complexArg: { intField: 1, requiredField: true }) } }`],
    ['different fields on distinct objects are allowed', `{ catOrDog { ... on Dog { name: nickname } ... on Cat { name } } }`],
    ['conflicting types on distinct objects', `{ catOrDog { ... on Dog { x: barks } ... on Cat { x: meowsVolume } } }`],
    ['conflict through fragments', `
      { dog { ...A ...B } }
      fragment A on Dog { x: name }
      fragment B on Dog { x: barks }
    `],
    ['conflict between fields and a fragment', `
      { dog { x: nickname ...A } }
      fragment A on Dog { x: name }
    `],
    ['deep conflict', `{ dog { owner { x: name } owner { x: iq } } }`],
    ['deep conflicts with several subfields', `{ dog { owner { x: name y: iq } owner { x: iq y: name } } }`],
    ['conflicts inside nested fragments', `
      { dog { owner { ...H } owner { ...I } } }
      fragment H on Human { x: name }
      fragment I on Human { x: iq }
    `],
    ['list against non-list', `{ dogOrHuman { ... on Dog { x: friends { name } } ... on Human { x: relatives { name } } } }`],
    ['nullable against non-null', `
      {
        catOrDog {
          ... on Dog { x: owner { name } }
          ... on Cat { x: name }
        }
      }
    `],
    ['same fragment twice is fine', `
      { dog { ...A ...A } }
      fragment A on Dog { name }
    `],
    ['conflict in an inline fragment', `{ dog { ... { x: name } x: barks } }`],
  ],
  UniqueInputFieldNames: [
    ['distinct fields', `{ complicatedArgs { complexArgField(complexArg: { requiredField: true, intField: 1, nested: { requiredField: true, intField: 2 } }) } }`],
    ['duplicate fields', `{ complicatedArgs { complexArgField(complexArg: { requiredField: true, requiredField: false, intField: 1, intField: 2 }) } }`],
    ['duplicates in nested objects', `{ json(value: { a: { b: 1, b: 2 }, c: [{ d: 1, d: 2 }] }) }`],
  ],
  MaxIntrospectionDepth: [
    ['shallow introspection', `{ __schema { types { fields { type { name } } } } }`],
    ['three nested list fields', `{ __schema { types { fields { type { fields { type { interfaces { name } } } } } } } }`],
    ['through fragments', `
      { __type(name: "Dog") { ...A } }
      fragment A on __Type { fields { type { ...B } } }
      fragment B on __Type { possibleTypes { inputFields { name } } }
    `],
    ['fragment cycle terminates', `
      { __schema { types { ...A } } }
      fragment A on __Type { ofType { ...A } }
    `],
  ],
};
