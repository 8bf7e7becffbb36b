using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.2.1 "Lone Anonymous Operation": an anonymous operation is the document's only operation.</summary>
public sealed class LoneAnonymousOperationRule(ValidationContext context) : ValidationRule(context)
{
    private int _operationCount;

    public override void EnterDocument(DocumentNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        foreach (var definition in node.Definitions)
        {
            if (definition is OperationDefinitionNode)
            {
                _operationCount++;
            }
        }
    }

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node.Name is null && _operationCount > 1)
        {
            Context.ReportError("This anonymous operation must be the only defined operation.", node);
        }
    }
}
