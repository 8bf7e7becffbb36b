using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation;

/// <summary>
/// One validation rule: a visitor over the document that reports errors through its
/// <see cref="ValidationContext"/>. A rule instance lives for one validation. All rules of a validation
/// run in a single traversal, each receiving only the events it overrides, in the order the rules are
/// listed (graphql-js's <c>visitInParallel</c>). An <c>Enter</c> method may call
/// <see cref="SkipChildren"/> so that this rule sees nothing below the node (nor its leave event); the
/// other rules are unaffected.
/// </summary>
public abstract class ValidationRule
{
    /// <summary>Creates a rule reporting to <paramref name="context"/>.</summary>
    protected ValidationRule(ValidationContext context)
    {
        Context = context ?? throw new ArgumentNullException(nameof(context));
    }

    /// <summary>The validation this rule belongs to.</summary>
    protected ValidationContext Context { get; }

    /// <summary>The node whose subtree this rule is skipping, if any (set by the traversal).</summary>
    internal SyntaxNode? Skipping { get; set; }

    /// <summary>Set by <see cref="SkipChildren"/> during an enter call.</summary>
    internal bool SkipRequested { get; set; }

    public virtual void EnterDocument(DocumentNode node)
    {
    }

    public virtual void LeaveDocument(DocumentNode node)
    {
    }

    public virtual void EnterOperationDefinition(OperationDefinitionNode node)
    {
    }

    public virtual void LeaveOperationDefinition(OperationDefinitionNode node)
    {
    }

    public virtual void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
    }

    public virtual void LeaveFragmentDefinition(FragmentDefinitionNode node)
    {
    }

    public virtual void EnterVariableDefinition(VariableDefinitionNode node)
    {
    }

    public virtual void LeaveVariableDefinition(VariableDefinitionNode node)
    {
    }

    /// <summary>A selection set; <paramref name="parent"/> is the operation, field, fragment or inline fragment it belongs to.</summary>
    public virtual void EnterSelectionSet(SelectionSetNode node, SyntaxNode parent)
    {
    }

    public virtual void LeaveSelectionSet(SelectionSetNode node, SyntaxNode parent)
    {
    }

    public virtual void EnterField(FieldNode node)
    {
    }

    public virtual void LeaveField(FieldNode node)
    {
    }

    public virtual void EnterFragmentSpread(FragmentSpreadNode node)
    {
    }

    public virtual void LeaveFragmentSpread(FragmentSpreadNode node)
    {
    }

    public virtual void EnterInlineFragment(InlineFragmentNode node)
    {
    }

    public virtual void LeaveInlineFragment(InlineFragmentNode node)
    {
    }

    public virtual void EnterArgument(ArgumentNode node)
    {
    }

    public virtual void LeaveArgument(ArgumentNode node)
    {
    }

    /// <summary>A directive; the location it is applied to is <see cref="ValidationContext.DirectiveLocation"/>.</summary>
    public virtual void EnterDirective(DirectiveNode node)
    {
    }

    public virtual void LeaveDirective(DirectiveNode node)
    {
    }

    /// <summary>A type reference by name: a type condition, a variable's type, or a type in a type-system definition.</summary>
    public virtual void EnterNamedType(NamedTypeNode node)
    {
    }

    /// <summary>A variable used as a value (not the one a variable definition declares).</summary>
    public virtual void EnterVariable(VariableNode node)
    {
    }

    public virtual void EnterListValue(ListValueNode node)
    {
    }

    public virtual void LeaveListValue(ListValueNode node)
    {
    }

    public virtual void EnterObjectValue(ObjectValueNode node)
    {
    }

    public virtual void LeaveObjectValue(ObjectValueNode node)
    {
    }

    public virtual void EnterObjectField(ObjectFieldNode node)
    {
    }

    public virtual void LeaveObjectField(ObjectFieldNode node)
    {
    }

    /// <summary>An int, float, string, boolean or enum literal.</summary>
    public virtual void EnterScalarValue(ValueNode node)
    {
    }

    public virtual void EnterNullValue(NullValueNode node)
    {
    }

    /// <summary>
    /// A type-system node that carries directives (schema, type, field, argument, enum value and input
    /// field definitions and extensions), found in a document that mixes in type-system definitions.
    /// </summary>
    public virtual void EnterTypeSystemNode(SyntaxNode node, IReadOnlyList<DirectiveNode> directives)
    {
    }

    /// <summary>Called from an <c>Enter</c> method: this rule skips the node's children and its leave event.</summary>
    protected void SkipChildren() => SkipRequested = true;
}
