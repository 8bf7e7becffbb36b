using System.Text;

namespace Gateway.GraphQL.Language;

/// <summary>Prints syntax nodes back to GraphQL text (interim: values and type references only).</summary>
public static class SyntaxPrinter
{
    public static string Print(SyntaxNode node)
    {
        var builder = new StringBuilder();
        Write(builder, node);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, SyntaxNode node)
    {
        switch (node)
        {
            case NameNode n: builder.Append(n.Value); break;
            case VariableNode v: builder.Append('$').Append(v.Name.Value); break;
            case IntValueNode i: builder.Append(i.Value); break;
            case FloatValueNode f: builder.Append(f.Value); break;
            case StringValueNode s: builder.Append(System.Text.Json.JsonSerializer.Serialize(s.Value)); break;
            case BooleanValueNode b: builder.Append(b.Value ? "true" : "false"); break;
            case NullValueNode: builder.Append("null"); break;
            case EnumValueNode e: builder.Append(e.Value); break;
            case ListValueNode l:
                builder.Append('[');
                for (var i = 0; i < l.Values.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    Write(builder, l.Values[i]);
                }

                builder.Append(']');
                break;
            case ObjectValueNode o:
                builder.Append('{');
                for (var i = 0; i < o.Fields.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    builder.Append(o.Fields[i].Name.Value).Append(": ");
                    Write(builder, o.Fields[i].Value);
                }

                builder.Append('}');
                break;
            case NamedTypeNode t: builder.Append(t.Name.Value); break;
            case ListTypeNode lt: builder.Append('['); Write(builder, lt.Type); builder.Append(']'); break;
            case NonNullTypeNode nn: Write(builder, nn.Type); builder.Append('!'); break;
            default: builder.Append(node.Kind); break;
        }
    }
}
