using Gateway.GraphQL.Types;
using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.GraphQL.Tests.CodeFirst;

// The model classes below are wrong on purpose; instance methods are kept as resolvers are written.
#pragma warning disable CA1822
public class CodeFirstErrorTests
{
    private static string BuildError<TQuery>(Action<CodeFirstSchemaBuilder>? configure = null)
    {
        var builder = new CodeFirstSchemaBuilder().AddQueryType<TQuery>();
        configure?.Invoke(builder);
        return Assert.Throws<SchemaException>(() => builder.Build()).Message;
    }

    public sealed record Page<T>(IReadOnlyList<T> Items);

    public sealed class OkQuery
    {
        public int Answer => 42;
    }

    public sealed class InterfaceAsInput
    {
        public string Name(ClinicalModel.IPerson person) => person.Name;
    }

    public sealed class Computed
    {
        public int Value => 1;
    }

    public sealed class OutputAsInput
    {
        public int Read(Computed computed) => computed.Value;
    }

    public sealed class DelegateMember
    {
        public Action Callback => () => { };
    }

    public sealed class DictionaryMember
    {
        public IReadOnlyDictionary<string, int> Counts => new Dictionary<string, int>(StringComparer.Ordinal);
    }

    public sealed class ObjectMember
    {
        public object Anything => 1;
    }

    public sealed class Overloads
    {
        public int Find(int id) => id;

        public int Find(string name) => name.Length;
    }

    public sealed class GenericMethod
    {
        public T Echo<T>(T value) => value;
    }

    public sealed class RefParameter
    {
        public bool TryFind(int id, out string name)
        {
            name = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return true;
        }
    }

    [GraphQLName("Thing")]
    public sealed class ThingA
    {
        public int A => 1;
    }

    [GraphQLName("Thing")]
    public sealed class ThingB
    {
        public int B => 1;
    }

    public sealed class NameClash
    {
        public ThingA? A => null;

        public ThingB? B => null;
    }

    [UnionType("Result")]
    public interface IResult;

    public sealed class EmptyUnion
    {
        public IResult? Result => null;
    }

    public sealed class Empty
    {
        public void Nothing()
        {
        }
    }

    [ExtendObjectType("Nope")]
    public sealed class ExtendsNothing
    {
        public int Extra => 1;
    }

    [ExtendObjectType(typeof(OkQuery))]
    public sealed class WrongParent
    {
        public int Extra([Parent] string parent) => parent.Length;
    }

    [ExtendObjectType(typeof(OkQuery), IgnoreFields = ["missing"])]
    public sealed class IgnoresMissing
    {
        public int Extra => 1;
    }

    public sealed class NotAnExtension
    {
        public int Extra => 1;
    }

    public sealed class BadTypeReference
    {
        [GraphQLType("[Int")]
        public int Broken => 1;
    }

    public sealed class UnknownTypeReference
    {
        [GraphQLType("Nowhere!")]
        public int Missing => 1;
    }

    [Fact]
    public void A_query_type_is_required() =>
        Assert.Equal("A code-first schema needs a query type: call AddQueryType.", Assert.Throws<SchemaException>(() => new CodeFirstSchemaBuilder().Build()).Message);

    [Fact]
    public void Open_generic_types_are_refused() =>
        Assert.Equal(
            "The open generic type Gateway.GraphQL.Tests.CodeFirst.CodeFirstErrorTests.Page<T> (AddType(Gateway.GraphQL.Tests.CodeFirst.CodeFirstErrorTests.Page<T>)) cannot be a GraphQL output type: use a closed type such as Page<Study>.",
            BuildError<OkQuery>(b => b.AddType(typeof(Page<>))));

    [Fact]
    public void Interfaces_cannot_be_inputs() =>
        Assert.Equal(
            "Gateway.GraphQL.Tests.CodeFirst.ClinicalModel.IPerson (parameter \"person\" of Gateway.GraphQL.Tests.CodeFirst.CodeFirstErrorTests.InterfaceAsInput.Name) is an interface, union or abstract type and cannot be used as an input type: use a concrete class or record.",
            BuildError<InterfaceAsInput>());

    [Fact]
    public void Output_only_classes_cannot_be_inputs() =>
        Assert.Equal(
            "Gateway.GraphQL.Tests.CodeFirst.CodeFirstErrorTests.Computed (parameter \"computed\" of Gateway.GraphQL.Tests.CodeFirst.CodeFirstErrorTests.OutputAsInput.Read) cannot be an input type: it has no settable properties or constructor parameters. Output types cannot be used as input.",
            BuildError<OutputAsInput>());

    [Theory]
    [InlineData(typeof(DelegateMember), "System.Action", "DelegateMember.Callback")]
    [InlineData(typeof(DictionaryMember), "System.Collections.Generic.IReadOnlyDictionary<System.String, System.Int32>", "DictionaryMember.Counts")]
    [InlineData(typeof(ObjectMember), "System.Object", "ObjectMember.Anything")]
    public void Members_of_unsupported_types_are_named(Type query, string clrType, string member)
    {
        var error = Assert.Throws<SchemaException>(() => new CodeFirstSchemaBuilder().AddQueryType(query).Build()).Message;
        Assert.Equal(
            $"Cannot infer a GraphQL output type for {clrType} (Gateway.GraphQL.Tests.CodeFirst.CodeFirstErrorTests.{member}): map the CLR type to a scalar with AddScalar, set the type with [GraphQLType], or leave the member out with [GraphQLIgnore].",
            error);
    }

    [Fact]
    public void Two_members_with_one_field_name_are_refused() =>
        Assert.Equal(
            "The field \"Query.find\" is defined by both Gateway.GraphQL.Tests.CodeFirst.CodeFirstErrorTests.Overloads.Find(System.Int32 id) and Gateway.GraphQL.Tests.CodeFirst.CodeFirstErrorTests.Overloads.Find(System.String name): rename one with [GraphQLName] or leave one out with [GraphQLIgnore].",
            BuildError<Overloads>());

    [Fact]
    public void Generic_methods_are_refused() =>
        Assert.Equal(
            "The generic method Gateway.GraphQL.Tests.CodeFirst.CodeFirstErrorTests.GenericMethod.Echo cannot be a field: leave it out with [GraphQLIgnore].",
            BuildError<GenericMethod>());

    [Fact]
    public void By_reference_parameters_are_refused() =>
        Assert.Equal(
            "The parameter \"name\" of Gateway.GraphQL.Tests.CodeFirst.CodeFirstErrorTests.RefParameter.TryFind is passed by reference, which a field argument cannot be: leave the method out with [GraphQLIgnore].",
            BuildError<RefParameter>());

    [Fact]
    public void Two_types_with_one_name_are_refused() =>
        Assert.Equal(
            "The GraphQL type name \"Thing\" is used by both Gateway.GraphQL.Tests.CodeFirst.CodeFirstErrorTests.ThingA and Gateway.GraphQL.Tests.CodeFirst.CodeFirstErrorTests.ThingB: rename one with [GraphQLName].",
            BuildError<NameClash>());

    [Fact]
    public void Unions_need_members() =>
        Assert.Equal(
            "The union \"Result\" (Gateway.GraphQL.Tests.CodeFirst.CodeFirstErrorTests.IResult) has no member types: add the object types that implement it with AddType.",
            BuildError<EmptyUnion>());

    [Fact]
    public void Object_types_need_fields() =>
        Assert.Equal(
            "The object type \"Query\" (Gateway.GraphQL.Tests.CodeFirst.CodeFirstErrorTests.Empty) has no fields: it has no public properties or methods that can be fields.",
            BuildError<Empty>());

    [Fact]
    public void Extensions_must_extend_a_type_of_the_schema_correctly()
    {
        Assert.Equal(
            "The type extension Gateway.GraphQL.Tests.CodeFirst.CodeFirstErrorTests.ExtendsNothing extends \"Nope\", which is not an object type of the schema.",
            BuildError<OkQuery>(b => b.AddTypeExtension<ExtendsNothing>()));
        Assert.Equal(
            "The parameter \"parent\" of Gateway.GraphQL.Tests.CodeFirst.CodeFirstErrorTests.WrongParent.Extra is marked [Parent] but its type System.String cannot hold the parent Gateway.GraphQL.Tests.CodeFirst.CodeFirstErrorTests.OkQuery.",
            BuildError<OkQuery>(b => b.AddTypeExtension<WrongParent>()));
        Assert.Equal(
            "The type extension Gateway.GraphQL.Tests.CodeFirst.CodeFirstErrorTests.IgnoresMissing ignores the field \"missing\", which the type \"Query\" does not have.",
            BuildError<OkQuery>(b => b.AddTypeExtension<IgnoresMissing>()));
        Assert.Equal(
            "The type extension Gateway.GraphQL.Tests.CodeFirst.CodeFirstErrorTests.NotAnExtension has no [ExtendObjectType] attribute.",
            BuildError<OkQuery>(b => b.AddTypeExtension<NotAnExtension>()));
    }

    [Fact]
    public void Type_references_must_parse_and_name_known_types()
    {
        Assert.Equal(
            "The [GraphQLType(\"[Int\")] of Gateway.GraphQL.Tests.CodeFirst.CodeFirstErrorTests.BadTypeReference.Broken is not a GraphQL type reference such as \"[ID!]!\".",
            BuildError<BadTypeReference>());
        Assert.Equal(
            "The [GraphQLType(\"Nowhere!\")] of Gateway.GraphQL.Tests.CodeFirst.CodeFirstErrorTests.UnknownTypeReference.Missing names a type that is not part of the schema: add it with AddType or AddScalar.",
            BuildError<UnknownTypeReference>());
    }
}
