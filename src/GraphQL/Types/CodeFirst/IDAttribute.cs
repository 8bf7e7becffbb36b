namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>
/// Makes a field, argument or input field of the <c>ID</c> scalar, keeping the list and non-null
/// wrapping of its CLR type (<c>[ID] IReadOnlyList&lt;int&gt;</c> is <c>[ID!]!</c>). Incoming IDs are
/// strings, converted to the member's type (int, long, Guid, string...).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter, AllowMultiple = false)]
#pragma warning disable CA1711, MA0048 // the attribute is named after the GraphQL scalar, as HotChocolate's [ID]
public sealed class IDAttribute : Attribute;
#pragma warning restore CA1711, MA0048
