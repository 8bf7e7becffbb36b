namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>
/// Makes an input class a OneOf input object (<c>@oneOf</c>): exactly one field must be given. Its fields
/// are nullable in the schema whatever their CLR type; the others keep their CLR default.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false)]
public sealed class OneOfAttribute : Attribute;
