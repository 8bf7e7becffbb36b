using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Tests.Language;

/// <summary>
/// Property tests: whatever text comes in, the parser either returns a document or throws
/// <see cref="GraphQLSyntaxException"/>, and always finishes; documents printed from random trees parse back to
/// the same print.
/// </summary>
public class ParserPropertyTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private static readonly string[] Vocabulary =
    [
        "{", "}", "(", ")", "[", "]", ":", "=", "@", "$", "!", "&", "|", "...", "..", ".", ",", " ", "\n", "\r\n", "\r", "\t",
        "query", "mutation", "subscription", "fragment", "on", "type", "interface", "union", "enum", "input", "scalar",
        "schema", "directive", "repeatable", "extend", "implements", "true", "false", "null", "QUERY", "FIELD", "__typename",
        "a", "b", "Foo", "_x9", "0", "-0", "12", "-3", "1.5", "2e10", "-1.5E-3", "01", "1.", ".5", "1e", "0x1F", "1.2.3", "-",
        "\"str\"", "\"\"", "\"esc \\n \\u00e9 \\u{1F680} \\uD83D\\uDE00\"", "\"bad \\x\"", "\"\\u{110000}\"", "\"\\uD800\"",
        "\"unterminated", "\"\"\"block\n  text\"\"\"", "\"\"\"", "\"\"\"\\\"\"\"\"\"\"", "# comment\n", "#", "é", "🚀", "\uFEFF",
        "\u0000", "\u0007", "\uD800", "\uDC00", "'", "?", "~", "\\", "\"\\", "\"\\u{", "\"\\u12",
    ];

    private static readonly string[] Seeds =
    [
        LanguageSnapshots.Read("kitchen-sink-query.graphql"),
        LanguageSnapshots.Read("kitchen-sink-schema.graphql"),
        "query Q($a: Int = 1, $b: [String!]! @d) @x { a: f(x: 1.5e3, y: \"s\\n\\u00e9\", z: [1, {k: V}]) { ...F ... on T { g } } }",
        "\"desc\" type T implements & A & B @d(x: 1) { \"f\" f(\"a\" a: Int = 2 @d): [T!]! }",
        "directive @d(\"arg\" x: Int) repeatable on | FIELD | OBJECT enum E { A B @d } input I { a: Int = -0 }",
        "{ a(x: \"\"\"\n  block\n    string\n\"\"\") # comment é\n b }",
    ];

    private static readonly char[] MutationCharacters =
        "{}()[]:=@$!&|.,\"\\ \n\r\t#_-+aZ09eE'?\u00e9\u20ac\u0000\u0007\u00a0\ufeff\uD83D\uDE80\uD800".ToCharArray();

    private static Config Runs(int count) => Config.QuickThrowOnFailure.WithMaxTest(count);

    [Fact]
    public void Token_soups_only_ever_raise_syntax_errors()
    {
        var soup = Gen.ArrayOf(Gen.Elements(Vocabulary))
            .Select(tokens => string.Concat(tokens));
        Check.One(Runs(3000), Prop.ForAll(soup.ToArbitrary(), source => ParsesOrFailsCleanly(source)));
    }

    [Fact]
    public void Mutated_documents_only_ever_raise_syntax_errors()
    {
        var mutated =
            from seed in Gen.Elements(Seeds)
            from edits in Gen.ArrayOf(Gen.Zip(Gen.Choose(0, 6), Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Elements(MutationCharacters))))
            select Mutate(seed, edits);
        Check.One(Runs(3000), Prop.ForAll(mutated.ToArbitrary(), source => ParsesOrFailsCleanly(source)));
    }

    [Fact]
    public void Random_utf8_bytes_only_ever_raise_syntax_errors()
    {
        var bytes =
            from prefix in Gen.Elements(Seeds)
            from cut in Gen.Choose(0, 200)
            from noise in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b))
            select Encoding.UTF8.GetBytes(prefix[..Math.Min(cut, prefix.Length)]).Concat(noise).ToArray();
        Check.One(Runs(2000), Prop.ForAll(bytes.ToArbitrary(), data => ParsesOrFailsCleanly(data)));
    }

    [Fact]
    public void Printed_random_documents_parse_back_to_the_same_print()
    {
        var documents = Gen.Sized(size => DocumentGen(Math.Min(size, 12)));
        Check.One(Runs(2000), Prop.ForAll(documents.ToArbitrary(), document =>
        {
            var printed = SyntaxPrinter.Print(document);
            var reprinted = SyntaxPrinter.Print(GraphQLParser.Parse(printed));
            return (printed == reprinted).Label(printed + "\n---\n" + reprinted);
        }));
    }

    private static string Mutate(string seed, (int Operation, (int Position, char Character) Edit)[] edits)
    {
        var text = new StringBuilder(seed);
        foreach (var (operation, (position, character)) in edits)
        {
            var at = text.Length == 0 ? 0 : position % (text.Length + 1);
            switch (operation)
            {
                case 0 when at < text.Length:
                    text.Remove(at, 1);
                    break;
                case 1 when at < text.Length:
                    text.Insert(at, text[at]);
                    break;
                case 2 when at + 1 < text.Length:
                    (text[at], text[at + 1]) = (text[at + 1], text[at]);
                    break;
                case 3:
                    text.Insert(at, character);
                    break;
                case 4:
                    text.Length = at;
                    break;
                case 5 when at < text.Length:
                    text[at] = character;
                    break;
                default:
                    text.Insert(at, Vocabulary[position % Vocabulary.Length]);
                    break;
            }
        }

        return text.ToString();
    }

    private static bool ParsesOrFailsCleanly(string source) =>
        Guard(() =>
        {
            GraphQLParser.Parse(source);
            GraphQLParser.Parse(source, new ParserOptions { RecordLocations = false, MaxNestingDepth = 8, MaxTokens = 64 });
        });

    private static bool ParsesOrFailsCleanly(byte[] source) => Guard(() => GraphQLParser.Parse(source));

    /// <summary>Runs a parse with a time limit; only a syntax error may escape it.</summary>
    private static bool Guard(Action parse)
    {
        var task = Task.Run(() =>
        {
            try
            {
                parse();
            }
            catch (GraphQLSyntaxException)
            {
                // The one acceptable failure.
            }
        });
        Assert.True(task.Wait(Timeout), "The parser did not finish within " + Timeout + ".");
        return true;
    }

    private static Gen<DocumentNode> DocumentGen(int size) =>
        Gen.NonEmptyListOf(Gen.OneOf(
                ExecutableGen(size),
                TypeSystemGen(size)))
            .Select(definitions => new DocumentNode([.. definitions]));

    private static readonly Gen<string> NameText = Gen.Elements("a", "b", "id", "name", "Foo", "_x", "on", "query", "type", "true2", "__typename");

    private static Gen<NameNode> Names => NameText.Select(n => new NameNode(n));

    private static Gen<NamedTypeNode> NamedTypes => Gen.Elements("Int", "String", "Foo", "Bar").Select(n => new NamedTypeNode(new NameNode(n)));

    private static Gen<string> Text => Gen.Elements(
        "", "x", "é🚀", "quote \" and \\", "line\nbreak", "  indented\n  text", "tab\there", "\u0001\u001f\u007f\u0085",
        "ends with \"", "has \"\"\" triple", "\n\nleading", "trailing\n", "a\r\nb", new string('w', 90));

    private static Gen<StringValueNode> Strings =>
        from text in Text
        from block in Gen.Elements(true, false)
        select new StringValueNode(text, block && BlockStrings.IsPrintableAsBlockString(text));

    private static Gen<ValueNode> ValueGen(int depth, bool isConst)
    {
        var scalars = new List<Gen<ValueNode>>
        {
            Gen.Elements("0", "-1", "123456789012345678901234567890").Select(v => (ValueNode)new IntValueNode(v)),
            Gen.Elements("1.5", "-0.0", "1e10", "2.5E-3").Select(v => (ValueNode)new FloatValueNode(v)),
            Strings.Select(v => (ValueNode)v),
            Gen.Elements(true, false).Select(v => (ValueNode)new BooleanValueNode(v)),
            Gen.Constant((ValueNode)new NullValueNode()),
            Gen.Elements("RED", "GREEN", "on").Select(v => (ValueNode)new EnumValueNode(v)),
        };
        if (!isConst)
        {
            scalars.Add(Names.Select(n => (ValueNode)new VariableNode(n)));
        }

        if (depth <= 0)
        {
            return Gen.OneOf(scalars);
        }

        var inner = ValueGen(depth - 1, isConst);
        var composite = new List<Gen<ValueNode>>(scalars)
        {
            Gen.ListOf(inner, 3).Select(values => (ValueNode)new ListValueNode([.. values])),
            Gen.ListOf(Gen.Zip(Names, inner), 3)
                .Select(fields => (ValueNode)new ObjectValueNode([.. fields.Select(f => new ObjectFieldNode(f.Item1, f.Item2))])),
        };
        return Gen.OneOf(composite);
    }

    private static Gen<TypeNode> TypeGen(int depth)
    {
        var named = NamedTypes.Select(t => (TypeNode)t);
        if (depth <= 0)
        {
            return named;
        }

        var inner = TypeGen(depth - 1);
        return Gen.OneOf(
            named,
            inner.Select(t => (TypeNode)new ListTypeNode(t)),
            inner.Where(t => t is not NonNullTypeNode).Select(t => (TypeNode)new NonNullTypeNode(t)));
    }

    private static Gen<ArgumentNode[]> ArgumentsGen(int depth, bool isConst) =>
        Gen.ListOf(Gen.Zip(Names, ValueGen(depth, isConst)), 4)
            .Select(args => args.Select(a => new ArgumentNode(a.Item1, a.Item2)).ToArray());

    private static Gen<DirectiveNode[]> DirectivesGen(bool isConst) =>
        Gen.ListOf(Gen.Zip(Names, ArgumentsGen(1, isConst)), 2)
            .Select(ds => ds.Select(d => new DirectiveNode(d.Item1, d.Item2)).ToArray());

    private static Gen<SelectionSetNode> SelectionSetGen(int depth) =>
        Gen.NonEmptyListOf(SelectionGen(depth)).Select(s => new SelectionSetNode([.. s.Take(5)]));

    private static Gen<SelectionNode> SelectionGen(int depth)
    {
        var leaf =
            from alias in Gen.OneOf(Gen.Constant<NameNode?>(null), Names.Select(n => (NameNode?)n))
            from name in Names
            from args in ArgumentsGen(2, isConst: false)
            from directives in DirectivesGen(isConst: false)
            select (SelectionNode)new FieldNode(alias, name, args, directives, null);
        var spread =
            from name in Gen.Elements("F", "Frag", "query")
            from directives in DirectivesGen(isConst: false)
            select (SelectionNode)new FragmentSpreadNode(new NameNode(name), directives);
        if (depth <= 0)
        {
            return Gen.OneOf(leaf, spread);
        }

        var nested =
            from name in Names
            from args in ArgumentsGen(1, isConst: false)
            from selections in SelectionSetGen(depth - 1)
            select (SelectionNode)new FieldNode(null, name, args, [], selections);
        var inline =
            from condition in Gen.OneOf(Gen.Constant<NamedTypeNode?>(null), NamedTypes.Select(t => (NamedTypeNode?)t))
            from directives in DirectivesGen(isConst: false)
            from selections in SelectionSetGen(depth - 1)
            select (SelectionNode)new InlineFragmentNode(condition, directives, selections);
        return Gen.OneOf(leaf, spread, nested, inline);
    }

    private static Gen<DefinitionNode> ExecutableGen(int size)
    {
        var depth = Math.Min(size / 3, 3);
        var variable =
            from name in Names
            from type in TypeGen(2)
            from defaultValue in Gen.OneOf(Gen.Constant<ValueNode?>(null), ValueGen(1, isConst: true).Select(v => (ValueNode?)v))
            from directives in DirectivesGen(isConst: true)
            from description in Gen.OneOf(Gen.Constant<StringValueNode?>(null), Strings.Select(s => (StringValueNode?)s))
            select new VariableDefinitionNode(new VariableNode(name), type, defaultValue, directives) { Description = description };
        var operation =
            from kind in Gen.Elements(OperationType.Query, OperationType.Mutation, OperationType.Subscription)
            from name in Gen.OneOf(Gen.Constant<NameNode?>(null), Names.Select(n => (NameNode?)n))
            from variables in Gen.ListOf(variable, 3)
            from directives in DirectivesGen(isConst: false)
            from selections in SelectionSetGen(depth)
            from description in Gen.OneOf(Gen.Constant<StringValueNode?>(null), Strings.Select(s => (StringValueNode?)s))
            select (DefinitionNode)new OperationDefinitionNode(kind, name, [.. variables], directives, selections) { Description = description };
        var fragment =
            from name in Gen.Elements("F", "Frag", "query")
            from condition in NamedTypes
            from directives in DirectivesGen(isConst: false)
            from selections in SelectionSetGen(depth)
            select (DefinitionNode)new FragmentDefinitionNode(new NameNode(name), condition, directives, selections);
        return Gen.OneOf(operation, fragment);
    }

    private static Gen<DefinitionNode> TypeSystemGen(int size)
    {
        var description = Gen.OneOf(Gen.Constant<StringValueNode?>(null), Strings.Select(s => (StringValueNode?)s));
        var inputValue =
            from desc in description
            from name in Names
            from type in TypeGen(2)
            from defaultValue in Gen.OneOf(Gen.Constant<ValueNode?>(null), ValueGen(Math.Min(size, 2), isConst: true).Select(v => (ValueNode?)v))
            from directives in DirectivesGen(isConst: true)
            select new InputValueDefinitionNode(desc, name, type, defaultValue, directives);
        var field =
            from desc in description
            from name in Names
            from args in Gen.ListOf(inputValue, 3)
            from type in TypeGen(2)
            from directives in DirectivesGen(isConst: true)
            select new FieldDefinitionNode(desc, name, [.. args], type, directives);
        var interfaces = Gen.ListOf(NamedTypes, 3).Select(i => i.ToArray());
        var objectType =
            from desc in description
            from name in Names
            from implements in interfaces
            from directives in DirectivesGen(isConst: true)
            from fields in Gen.ListOf(field, 4)
            from isInterface in Gen.Elements(true, false)
            select isInterface
                ? (DefinitionNode)new InterfaceTypeDefinitionNode(desc, name, implements, directives, [.. fields])
                : new ObjectTypeDefinitionNode(desc, name, implements, directives, [.. fields]);
        var enumType =
            from desc in description
            from name in Names
            from directives in DirectivesGen(isConst: true)
            from values in Gen.ListOf(Gen.Zip(description, Gen.Elements("A", "B", "RED", "on")), 4)
            select (DefinitionNode)new EnumTypeDefinitionNode(
                desc, name, directives, [.. values.Select(v => new EnumValueDefinitionNode(v.Item1, new NameNode(v.Item2), []))]);
        var inputType =
            from desc in description
            from name in Names
            from directives in DirectivesGen(isConst: true)
            from fields in Gen.ListOf(inputValue, 4)
            select (DefinitionNode)new InputObjectTypeDefinitionNode(desc, name, directives, [.. fields]);
        var union =
            from desc in description
            from name in Names
            from directives in DirectivesGen(isConst: true)
            from types in Gen.ListOf(NamedTypes, 3)
            select (DefinitionNode)new UnionTypeDefinitionNode(desc, name, directives, [.. types]);
        var scalar =
            from desc in description
            from name in Names
            from directives in DirectivesGen(isConst: true)
            select (DefinitionNode)new ScalarTypeDefinitionNode(desc, name, directives);
        var directive =
            from desc in description
            from name in Names
            from args in Gen.ListOf(inputValue, 3)
            from repeatable in Gen.Elements(true, false)
            from locations in Gen.NonEmptyListOf(Gen.Elements("FIELD", "QUERY", "OBJECT", "ENUM_VALUE"))
            select (DefinitionNode)new DirectiveDefinitionNode(desc, name, [.. args], repeatable, [.. locations.Select(l => new NameNode(l))]);
        var schema =
            from desc in description
            from directives in DirectivesGen(isConst: true)
            from operations in Gen.NonEmptyListOf(Gen.Zip(Gen.Elements(OperationType.Query, OperationType.Mutation), NamedTypes))
            select (DefinitionNode)new SchemaDefinitionNode(desc, directives, [.. operations.Select(o => new OperationTypeDefinitionNode(o.Item1, o.Item2))]);
        var extension =
            from name in Names
            from directives in DirectivesGen(isConst: true).Where(d => d.Length > 0)
            from fields in Gen.ListOf(field, 2)
            select (DefinitionNode)new ObjectTypeExtensionNode(name, [], directives, [.. fields]);
        return Gen.OneOf(objectType, enumType, inputType, union, scalar, directive, schema, extension);
    }
}
