using System.Collections;
using System.Text;
using System.Text.Json;

namespace Gateway.GraphQL.Types.Scalars;

/// <summary>Describes a value in an error message the way graphql-js's <c>inspect</c> does.</summary>
public static class ValueInspector
{
    private const int MaxDepth = 2;
    private const int MaxItems = 10;

    // Like JSON.stringify: only quotes, backslashes and control characters are escaped ("+" stays "+").
    private static readonly JsonSerializerOptions QuotedString = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Inspect(object? value)
    {
        var builder = new StringBuilder();
        Write(builder, value, 0);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                return;
            case string s:
                builder.Append(JsonSerializer.Serialize(s, QuotedString));
                return;
            case bool b:
                builder.Append(b ? "true" : "false");
                return;
            case JsonElement element:
                builder.Append(element.GetRawText());
                return;
        }

        if (JsNumber.TryGetDouble(value, out var number))
        {
            builder.Append(JsNumber.ToString(number));
            return;
        }

        if (value is IEnumerable<KeyValuePair<string, object?>> dictionary)
        {
            var entries = dictionary.ToList();
            if (entries.Count == 0)
            {
                builder.Append("{}");
                return;
            }

            if (depth > MaxDepth)
            {
                builder.Append("[Object]");
                return;
            }

            builder.Append("{ ");
            for (var i = 0; i < entries.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                builder.Append(entries[i].Key).Append(": ");
                Write(builder, entries[i].Value, depth + 1);
            }

            builder.Append(" }");
            return;
        }

        if (value is IEnumerable list)
        {
            var items = list.Cast<object?>().ToList();
            if (items.Count == 0)
            {
                builder.Append("[]");
                return;
            }

            if (depth > MaxDepth)
            {
                builder.Append("[Array]");
                return;
            }

            builder.Append('[');
            var shown = Math.Min(items.Count, MaxItems);
            for (var i = 0; i < shown; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                Write(builder, items[i], depth + 1);
            }

            if (items.Count > MaxItems)
            {
                builder.Append(", ... ").Append(items.Count - MaxItems).Append(" more items");
            }

            builder.Append(']');
            return;
        }

        builder.Append(value);
    }
}
