using System.Text;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Tests.Language;

public class ParserTests
{
    private static string Join(IEnumerable<string> items) => string.Join(", ", items);

    private static GraphQLSyntaxException ParseError(string source) =>
        Assert.Throws<GraphQLSyntaxException>(() => GraphQLParser.Parse(source));

    [Fact]
    public void Parses_the_query_kitchen_sink()
    {
        var document = GraphQLParser.Parse(LanguageSnapshots.Read("kitchen-sink-query.graphql"));
        Assert.Equal(6, document.Definitions.Count);

        var query = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal(OperationType.Query, query.Operation);
        Assert.Equal("StarshipFleet", query.Name?.Value);
        Assert.Equal("first, after, filter, ids, flag", Join(query.VariableDefinitions.Select(v => v.Variable.Name.Value)));
        Assert.Equal("10", Assert.IsType<IntValueNode>(query.VariableDefinitions[0].DefaultValue).Value);
        Assert.Null(query.VariableDefinitions[1].DefaultValue);
        var filterType = Assert.IsType<NonNullTypeNode>(query.VariableDefinitions[2].Type);
        Assert.Equal("FleetFilter", Assert.IsType<NamedTypeNode>(filterType.Type).Name.Value);
        var filterDefault = Assert.IsType<ObjectValueNode>(query.VariableDefinitions[2].DefaultValue);
        Assert.Equal("kind, tags", Join(filterDefault.Fields.Select(f => f.Name.Value)));
        Assert.Equal("FRIGATE", Assert.IsType<EnumValueNode>(filterDefault.Fields[0].Value).Value);
        var ids = Assert.IsType<NonNullTypeNode>(query.VariableDefinitions[3].Type);
        var idList = Assert.IsType<ListTypeNode>(ids.Type);
        Assert.IsType<NonNullTypeNode>(idList.Type);
        Assert.Equal("internal", Assert.Single(query.VariableDefinitions[3].Directives).Name.Value);
        Assert.False(Assert.IsType<BooleanValueNode>(query.VariableDefinitions[4].DefaultValue).Value);
        Assert.Equal("cached, trace", Join(query.Directives.Select(d => d.Name.Value)));

        var fleet = Assert.IsType<FieldNode>(query.SelectionSet.Selections[0]);
        Assert.Null(fleet.Alias);
        Assert.Equal("fleet", fleet.ResponseKey);
        Assert.Equal("first", fleet.Arguments[0].Name.Value);
        Assert.Equal("first", Assert.IsType<VariableNode>(fleet.Arguments[0].Value).Name.Value);
        var edges = Assert.IsType<FieldNode>(fleet.SelectionSet!.Selections[1]);
        var node = Assert.IsType<FieldNode>(edges.SelectionSet!.Selections[1]);
        var selections = node.SelectionSet!.Selections;
        var spread = Assert.IsType<FragmentSpreadNode>(selections[1]);
        Assert.Equal("ShipParts", spread.Name.Value);
        Assert.Equal("include", Assert.Single(spread.Directives).Name.Value);
        var frigate = Assert.IsType<InlineFragmentNode>(selections[2]);
        Assert.Equal("Frigate", frigate.TypeCondition?.Name.Value);
        var guns = Assert.IsType<FieldNode>(frigate.SelectionSet.Selections[0]);
        Assert.Equal("12.5e-1", Assert.IsType<FloatValueNode>(guns.Arguments[0].Value).Value);
        var where = Assert.IsType<ObjectValueNode>(guns.Arguments[1].Value);
        var nested = Assert.IsType<ListValueNode>(where.Fields[1].Value);
        Assert.Equal(3, nested.Values.Count);
        Assert.Empty(Assert.IsType<ListValueNode>(nested.Values[1]).Values);
        Assert.IsType<NullValueNode>(Assert.IsType<ListValueNode>(nested.Values[2]).Values[0]);
        var deferred = Assert.IsType<InlineFragmentNode>(selections[3]);
        Assert.Null(deferred.TypeCondition);
        Assert.Equal("defer", Assert.Single(deferred.Directives).Name.Value);
        var bare = Assert.IsType<InlineFragmentNode>(selections[4]);
        Assert.Empty(bare.Directives);
        var registry = Assert.IsType<FieldNode>(bare.SelectionSet.Selections[0]);
        Assert.Equal("registry", registry.Alias?.Value);
        Assert.Equal("serialNumber", registry.Name.Value);

        var escaped = query.SelectionSet.Selections.OfType<FieldNode>().Single(f => f.Name.Value == "escaped");
        var text = Assert.IsType<StringValueNode>(escaped.Arguments[0].Value);
        Assert.False(text.Block);
        Assert.Equal("quote \" backslash \\ slash / controls \b\f\n\r\t unicode é 🚀 pair 😀 é 🚀", text.Value);
        var block = query.SelectionSet.Selections.OfType<FieldNode>().Single(f => f.Name.Value == "block");
        var blockText = Assert.IsType<StringValueNode>(block.Arguments[0].Value);
        Assert.True(blockText.Block);
        Assert.Equal("Indented block\n  with a deeper line\n\nand a \"quoted\" part and \"\"\" escaped triple quotes", blockText.Value);
        var empty = query.SelectionSet.Selections.OfType<FieldNode>().Single(f => f.Alias?.Value == "empty");
        Assert.Equal(
            [SyntaxKind.ListValue, SyntaxKind.ObjectValue, SyntaxKind.StringValue, SyntaxKind.EnumValue, SyntaxKind.NullValue,
                SyntaxKind.BooleanValue, SyntaxKind.BooleanValue, SyntaxKind.IntValue, SyntaxKind.IntValue],
            empty.Arguments.Select(a => a.Value.Kind));
        Assert.Equal("123456789012345678901234567890", ((IntValueNode)empty.Arguments[8].Value).Value);

        Assert.Equal(OperationType.Mutation, ((OperationDefinitionNode)document.Definitions[1]).Operation);
        var subscription = (OperationDefinitionNode)document.Definitions[2];
        Assert.Equal(OperationType.Subscription, subscription.Operation);
        Assert.Equal("live", subscription.Directives[0].Name.Value);
        var anonymous = (OperationDefinitionNode)document.Definitions[3];
        Assert.Null(anonymous.Name);
        var shorthand = (OperationDefinitionNode)document.Definitions[4];
        Assert.Equal(OperationType.Query, shorthand.Operation);
        Assert.Null(shorthand.Name);
        Assert.Empty(shorthand.VariableDefinitions);
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[5]);
        Assert.Equal("ShipParts", fragment.Name.Value);
        Assert.Equal("Ship", fragment.TypeCondition.Name.Value);
        Assert.Equal("fragmentDirective", fragment.Directives[0].Name.Value);
    }

    [Fact]
    public void Parses_the_schema_kitchen_sink()
    {
        var document = GraphQLParser.Parse(LanguageSnapshots.Read("kitchen-sink-schema.graphql"));
        var definitions = document.Definitions;

        var schema = Assert.IsType<SchemaDefinitionNode>(definitions[0]);
        Assert.True(schema.Description?.Block);
        Assert.Equal("The schema of a star fleet: every production of the type-system grammar.", schema.Description?.Value);
        Assert.Equal([OperationType.Query, OperationType.Mutation, OperationType.Subscription], schema.OperationTypes.Select(o => o.Operation));
        Assert.Equal("contact", schema.Directives[0].Name.Value);

        var dateTime = Assert.IsType<ScalarTypeDefinitionNode>(definitions[1]);
        Assert.Equal("A scalar with a one-line description.", dateTime.Description?.Value);
        Assert.False(dateTime.Description?.Block);

        var query = Assert.IsType<ObjectTypeDefinitionNode>(definitions[3]);
        Assert.Equal("Node, Entity", Join(query.Interfaces.Select(i => i.Name.Value)));
        var ship = query.Fields[0];
        Assert.Equal("The ship with this id.", ship.Description?.Value);
        Assert.Equal("The id.", ship.Arguments[0].Description?.Value);
        var ships = query.Fields[1];
        Assert.Equal("first, after, order, where", Join(ships.Arguments.Select(a => a.Name.Value)));
        Assert.Equal("10", ((IntValueNode)ships.Arguments[0].DefaultValue!).Value);
        Assert.Equal("deprecated", ships.Directives[0].Name.Value);
        Assert.IsType<NullValueNode>(query.Fields[2].Arguments[0].DefaultValue);
        Assert.Equal("A field with a block description\n  that keeps its inner indentation.", query.Fields[3].Description?.Value);

        var emptyType = definitions.OfType<ObjectTypeDefinitionNode>().Single(t => t.Name.Value == "EmptyType");
        Assert.Empty(emptyType.Fields);
        Assert.Empty(emptyType.Interfaces);

        var entity = definitions.OfType<InterfaceTypeDefinitionNode>().Single(t => t.Name.Value == "Entity");
        Assert.Equal("Node", Assert.Single(entity.Interfaces).Name.Value);
        var vessel = definitions.OfType<InterfaceTypeDefinitionNode>().Single(t => t.Name.Value == "Vessel");
        Assert.Equal("Node, Entity", Join(vessel.Interfaces.Select(i => i.Name.Value)));

        var search = definitions.OfType<UnionTypeDefinitionNode>().Single(t => t.Name.Value == "SearchResult");
        Assert.Equal("Ship, Person, Port", Join(search.Types.Select(t => t.Name.Value)));
        Assert.Empty(definitions.OfType<UnionTypeDefinitionNode>().Single(t => t.Name.Value == "EmptyUnion").Types);

        var order = definitions.OfType<EnumTypeDefinitionNode>().Single(t => t.Name.Value == "Order");
        Assert.Equal("ASC, DESC, NAME, DATE", Join(order.Values.Select(v => v.Name.Value)));
        Assert.Equal("Ascending", order.Values[0].Description?.Value);
        Assert.Equal("deprecated", order.Values[1].Directives[0].Name.Value);

        var shipInput = definitions.OfType<InputObjectTypeDefinitionNode>().Single(t => t.Name.Value == "ShipInput");
        Assert.Equal("name, crew, tags, nested", Join(shipInput.Fields.Select(f => f.Name.Value)));
        Assert.Equal("Unnamed", ((StringValueNode)shipInput.Fields[0].DefaultValue!).Value);
        Assert.Equal("length", shipInput.Fields[0].Directives[0].Name.Value);

        var complex = definitions.OfType<DirectiveDefinitionNode>().Single(d => d.Name.Value == "complex");
        Assert.True(complex.Repeatable);
        Assert.Equal("FIELD_DEFINITION, OBJECT, INTERFACE", Join(complex.Locations.Select(l => l.Value)));
        Assert.Equal(2, complex.Arguments.Count);
        var simple = definitions.OfType<DirectiveDefinitionNode>().Single(d => d.Name.Value == "simple");
        Assert.False(simple.Repeatable);
        Assert.Equal(16, simple.Locations.Count);

        var extensions = definitions.OfType<TypeSystemExtensionNode>().ToList();
        Assert.Equal(
            [SyntaxKind.SchemaExtension, SyntaxKind.SchemaExtension, SyntaxKind.ScalarTypeExtension, SyntaxKind.ObjectTypeExtension,
                SyntaxKind.ObjectTypeExtension, SyntaxKind.ObjectTypeExtension, SyntaxKind.InterfaceTypeExtension,
                SyntaxKind.InterfaceTypeExtension, SyntaxKind.UnionTypeExtension, SyntaxKind.UnionTypeExtension,
                SyntaxKind.EnumTypeExtension, SyntaxKind.EnumTypeExtension, SyntaxKind.InputObjectTypeExtension,
                SyntaxKind.InputObjectTypeExtension],
            extensions.Select(e => e.Kind));
        var schemaExtension = (SchemaExtensionNode)extensions[0];
        Assert.Equal(OperationType.Subscription, Assert.Single(schemaExtension.OperationTypes).Operation);
        Assert.Empty(((SchemaExtensionNode)extensions[1]).OperationTypes);
        var shipExtension = (ObjectTypeExtensionNode)extensions[3];
        Assert.Equal("Taggable", Assert.Single(shipExtension.Interfaces).Name.Value);
        Assert.Equal("tags", Assert.Single(shipExtension.Fields).Name.Value);
        Assert.Equal("Fleet, Crew", Join(((UnionTypeExtensionNode)extensions[8]).Types.Select(t => t.Name.Value)));
        Assert.Equal("SIZE", Assert.Single(((EnumTypeExtensionNode)extensions[10]).Values).Name.Value);
        Assert.Equal("color", Assert.Single(((InputObjectTypeExtensionNode)extensions[12]).Fields).Name.Value);
    }

    // Offsets, lines and columns as graphql-js 16.15 reports them (loc.start, loc.end, startToken.line/column).
    [Fact]
    public void Records_locations_of_every_node()
    {
        var document = GraphQLParser.Parse("query Q {\n  a: b(x: [1, {y: $z}]) @d\n}");
        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal(new Location(0, 38, 1, 1), document.Location);
        Assert.Equal(new Location(0, 38, 1, 1), operation.Location);
        Assert.Equal(new Location(6, 7, 1, 7), operation.Name!.Location);
        Assert.Equal(new Location(8, 38, 1, 9), operation.SelectionSet.Location);
        var field = (FieldNode)operation.SelectionSet.Selections[0];
        Assert.Equal(new Location(12, 36, 2, 3), field.Location);
        Assert.Equal(new Location(12, 13, 2, 3), field.Alias!.Location);
        Assert.Equal(new Location(15, 16, 2, 6), field.Name.Location);
        var argument = field.Arguments[0];
        Assert.Equal(new Location(17, 32, 2, 8), argument.Location);
        var list = (ListValueNode)argument.Value;
        Assert.Equal(new Location(20, 32, 2, 11), list.Location);
        Assert.Equal(new Location(21, 22, 2, 12), list.Values[0].Location);
        var obj = (ObjectValueNode)list.Values[1];
        Assert.Equal(new Location(24, 31, 2, 15), obj.Location);
        Assert.Equal(new Location(25, 30, 2, 16), obj.Fields[0].Location);
        Assert.Equal(new Location(28, 30, 2, 19), obj.Fields[0].Value.Location);
        Assert.Equal(new Location(34, 36, 2, 25), field.Directives[0].Location);
    }

    [Fact]
    public void Locations_use_byte_offsets_and_utf16_columns()
    {
        var document = GraphQLParser.Parse("{ a(x: \"é🚀\") b }");
        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;
        var value = ((FieldNode)selections[0]).Arguments[0].Value;
        Assert.Equal(new Location(7, 15, 1, 8), value.Location);
        Assert.Equal(new Location(17, 18, 1, 15), selections[1].Location);
    }

    [Fact]
    public void Type_locations_span_wrappers()
    {
        var type = GraphQLParser.ParseType("[[Int!]]!");
        Assert.Equal(new Location(0, 9, 1, 1), type.Location);
        var list = (ListTypeNode)((NonNullTypeNode)type).Type;
        Assert.Equal(new Location(0, 8, 1, 1), list.Location);
        Assert.Equal(new Location(1, 7, 1, 2), list.Type.Location);
    }

    [Fact]
    public void Omits_locations_when_asked()
    {
        var document = GraphQLParser.Parse("{ a(x: 1) }", new ParserOptions { RecordLocations = false });
        Assert.Null(document.Location);
        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        Assert.Null(field.Location);
        Assert.Null(field.Arguments[0].Value.Location);
    }

    [Fact]
    public void Parses_descriptions_on_executable_definitions_as_graphql_js_16_15_does()
    {
        var document = GraphQLParser.Parse("\"op\" query Q(\"\"\"var\"\"\" $a: Int) { a } \"frag\" fragment F on T { b }");
        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal("op", operation.Description?.Value);
        Assert.Equal("var", operation.VariableDefinitions[0].Description?.Value);
        Assert.True(operation.VariableDefinitions[0].Description?.Block);
        Assert.Equal(new Location(13, 30, 1, 14), operation.VariableDefinitions[0].Location);
        Assert.Equal("frag", ((FragmentDefinitionNode)document.Definitions[1]).Description?.Value);
    }

    [Fact]
    public void Interns_repeated_names_within_a_document()
    {
        var document = GraphQLParser.Parse("{ user { id } other: user { id } }");
        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections.Cast<FieldNode>().ToList();
        Assert.Same(selections[0].Name.Value, selections[1].Name.Value);
        Assert.Same(
            ((FieldNode)selections[0].SelectionSet!.Selections[0]).Name.Value,
            ((FieldNode)selections[1].SelectionSet!.Selections[0]).Name.Value);
    }

    [Fact]
    public void Parses_utf8_bytes_and_skips_a_byte_order_mark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("{ a(s: \"é\") }")).ToArray();
        var document = GraphQLParser.Parse(bytes);
        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal("é", ((StringValueNode)field.Arguments[0].Value).Value);
        Assert.Equal(2, document.Definitions[0].Location?.Column);
    }

    [Fact]
    public void Parses_values()
    {
        var value = GraphQLParser.ParseValue("[123 \"abc\" $v {a: [true, null, ENUM]}]");
        Assert.Equal("[123, \"abc\", $v, {a: [true, null, ENUM]}]", SyntaxPrinter.Print(value));
        Assert.Equal("\"\"\"block\"\"\"", SyntaxPrinter.Print(GraphQLParser.ParseValue("\"\"\"block\"\"\"")));
        var error = Assert.Throws<GraphQLSyntaxException>(() => GraphQLParser.ParseValue("1 2"));
        Assert.Equal("Expected <EOF>, found Int \"2\".", error.Description);
        Assert.Equal(new SourceLocation(1, 3), error.Location);
        error = Assert.Throws<GraphQLSyntaxException>(() => GraphQLParser.ParseValue(""));
        Assert.Equal("Unexpected <EOF>.", error.Description);
    }

    [Fact]
    public void Parses_types()
    {
        Assert.Equal("String", Assert.IsType<NamedTypeNode>(GraphQLParser.ParseType("String")).Name.Value);
        Assert.Equal("[[Int!]]!", SyntaxPrinter.Print(GraphQLParser.ParseType(" [ [ Int ! ] ] ! ")));
        var error = Assert.Throws<GraphQLSyntaxException>(() => GraphQLParser.ParseType("[Int"));
        Assert.Equal("Expected \"]\", found <EOF>.", error.Description);
        error = Assert.Throws<GraphQLSyntaxException>(() => GraphQLParser.ParseType("Int!!"));
        Assert.Equal("Expected <EOF>, found \"!\".", error.Description);
        Assert.Equal(new SourceLocation(1, 5), error.Location);
    }

    // Every expectation below was produced by graphql-js 16.15's parse().
    [Theory]
    [InlineData("", "Unexpected <EOF>.", 1, 1)]
    [InlineData("{", "Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ a(", "Expected Name, found <EOF>.", 1, 5)]
    [InlineData("query Example(", "Expected \"$\", found <EOF>.", 1, 15)]
    [InlineData("{ ...MissingOn }\nfragment MissingOn Type", "Expected \"on\", found Name \"Type\".", 2, 20)]
    [InlineData("{ field: {} }", "Expected Name, found \"{\".", 1, 10)]
    [InlineData("notAnOperation Foo { field }", "Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Unexpected \"...\".", 1, 1)]
    [InlineData("{ \"\"", "Expected Name, found String \"\".", 1, 3)]
    [InlineData("{ a(x: $) }", "Expected Name, found \")\".", 1, 9)]
    [InlineData("query Q($a: Int = $b) { a }", "Unexpected variable \"$b\" in constant value.", 1, 19)]
    [InlineData("query Q($a: Int = $1) { a }", "Unexpected \"$\".", 1, 19)]
    [InlineData("fragment on on on { on }", "Unexpected Name \"on\".", 1, 10)]
    [InlineData("fragment \"on\" on T { a }", "Unexpected String \"on\".", 1, 10)]
    [InlineData("{ ...on }", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("\"desc\" { a }", "Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"desc\" extend type T @d", "Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("\"d\" \"e\" type T", "Unexpected String \"e\".", 1, 5)]
    [InlineData("type T {}", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("type T implements A B", "Unexpected Name \"B\".", 1, 21)]
    [InlineData("schema { foo: Bar }", "Unexpected Name \"foo\".", 1, 10)]
    [InlineData("extend scalar S", "Unexpected <EOF>.", 1, 16)]
    [InlineData("extend type T", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend schema", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend foo", "Unexpected Name \"foo\".", 1, 8)]
    [InlineData("extend directive @d", "Unexpected Name \"directive\".", 1, 8)]
    [InlineData("enum E { true }", "Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { \"d\" null }", "Name \"null\" is reserved and cannot be used for an enum value.", 1, 14)]
    [InlineData("enum E { \"true\" }", "Expected Name, found \"}\".", 1, 17)]
    [InlineData("directive @d on FOO", "Unexpected Name \"FOO\".", 1, 17)]
    [InlineData("directive @d on field", "Unexpected Name \"field\".", 1, 17)]
    [InlineData("directive @d repeatable", "Expected \"on\", found <EOF>.", 1, 24)]
    [InlineData("union U = A & B", "Unexpected \"&\".", 1, 13)]
    [InlineData("input I { a(x: Int): Int }", "Expected \":\", found \"(\".", 1, 12)]
    [InlineData("{ a }\n\n  b", "Unexpected Name \"b\".", 3, 3)]
    [InlineData("{ a(x: \"é🚀\" ?) }", "Unexpected character: \"?\".", 1, 14)]
    [InlineData("query Q($a: Int) ($b: Int) { a }", "Expected \"{\", found \"(\".", 1, 18)]
    public void Reports_syntax_errors_as_graphql_js(string source, string message, int line, int column)
    {
        var error = ParseError(source);
        Assert.Equal(message, error.Description);
        Assert.Equal(new SourceLocation(line, column), error.Location);
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(new SourceLocation(line, column), Assert.Single(Assert.Single(error.Errors).Locations!));
        Assert.Equal(ErrorCodes.SyntaxError, error.Errors[0].Code);
    }

    [Fact]
    public void Reports_lone_surrogates_in_text_as_graphql_js_does()
    {
        var error = ParseError("{ a(x: \"\uD800\") }");
        Assert.Equal("Invalid character within String: U+D800.", error.Description);
        Assert.Equal(new SourceLocation(1, 9), error.Location);
        error = ParseError("{ a }\uDC00");
        Assert.Equal("Invalid character: U+DC00.", error.Description);
        Assert.Equal(new SourceLocation(1, 6), error.Location);
    }

    [Fact]
    public void Nodes_print_themselves()
    {
        var document = GraphQLParser.Parse("{a(x:1)}");
        Assert.Equal("{\n  a(x: 1)\n}", document.ToString());
        var field = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal("a(x: 1)", field.ToString());
    }
}
