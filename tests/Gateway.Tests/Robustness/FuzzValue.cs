using System.Globalization;
using System.Text;

namespace Gateway.Tests.Robustness;

/// <summary>
/// A generated input value, written either as a GraphQL literal (in the document) or as JSON (in <c>variables</c>).
/// Text is escaped by hand so that what is sent is exactly what was generated: control characters, lone surrogates
/// and non-ASCII letters included.
/// </summary>
public abstract record FuzzValue
{
    public static FuzzValue Null { get; } = new RawValue("null", "null");

    public abstract string ToLiteral();

    public abstract string ToJson();

    public static FuzzValue Int(long value) => new RawValue(value.ToString(CultureInfo.InvariantCulture), value.ToString(CultureInfo.InvariantCulture));

    public static FuzzValue Number(string text) => new RawValue(text, text);

    public static FuzzValue Bool(bool value) => new RawValue(value ? "true" : "false", value ? "true" : "false");

    public static FuzzValue String(string value) => new StringValue(value);

    public static FuzzValue Enum(string name) => new RawValue(name, Json(name));

    /// <summary>The same value in both forms, as given (for values that are wrong on purpose).</summary>
    public static FuzzValue Raw(string literal, string json) => new RawValue(literal, json);

    public static FuzzValue List(params FuzzValue[] items) => new ListValue(items);

    public static FuzzValue Object(params (string Name, FuzzValue Value)[] fields) => new ObjectValue(fields);

    /// <summary>A JSON string literal: quotes, backslashes, control characters and lone surrogates escaped, the rest as is.</summary>
    public static string Json(string value) => Quote(value, graphQL: false);

    /// <summary>A GraphQL string literal, escaped like <see cref="Json"/>.</summary>
    public static string GraphQL(string value) => Quote(value, graphQL: true);

    private static string Quote(string value, bool graphQL)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var lone = char.IsHighSurrogate(c) ? i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1])
                : char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(value[i - 1]));
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                default:
                    if (c < 0x20 || c == 0x7f || lone || (!graphQL && c is '\u2028' or '\u2029'))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private sealed record RawValue(string Literal, string JsonText) : FuzzValue
    {
        public override string ToLiteral() => Literal;

        public override string ToJson() => JsonText;
    }

    private sealed record StringValue(string Value) : FuzzValue
    {
        public override string ToLiteral() => GraphQL(Value);

        public override string ToJson() => Json(Value);
    }

    private sealed record ListValue(IReadOnlyList<FuzzValue> Items) : FuzzValue
    {
        public override string ToLiteral() => "[" + string.Join(", ", Items.Select(i => i.ToLiteral())) + "]";

        public override string ToJson() => "[" + string.Join(",", Items.Select(i => i.ToJson())) + "]";
    }

    private sealed record ObjectValue(IReadOnlyList<(string Name, FuzzValue Value)> Fields) : FuzzValue
    {
        public override string ToLiteral() => "{ " + string.Join(", ", Fields.Select(f => f.Name + ": " + f.Value.ToLiteral())) + " }";

        public override string ToJson() => "{" + string.Join(",", Fields.Select(f => Json(f.Name) + ":" + f.Value.ToJson())) + "}";
    }
}
