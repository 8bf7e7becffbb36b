using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.2 "Variables Are Input Types": variables are of scalar, enum or input object types.</summary>
public sealed class VariablesAreInputTypesRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterVariableDefinition(VariableDefinitionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var type = TypeInfo.TypeFromSyntax(Context.Schema, node.Type);
        if (type is not null && !type.IsInputType)
        {
            Context.ReportError(
                $"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{SyntaxPrinter.Print(node.Type)}\".",
                node.Type);
        }
    }
}
