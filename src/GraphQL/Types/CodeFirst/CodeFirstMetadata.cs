namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>
/// The keys under which the code-first builder records CLR information in the <c>Metadata</c> of the
/// types, fields and input values it builds.
/// </summary>
public static class CodeFirstMetadata
{
    /// <summary>On named types: the <see cref="Type"/> the GraphQL type was built from.</summary>
    public const string ClrType = "clrType";

    /// <summary>On fields, arguments and input fields: the <see cref="System.Reflection.MemberInfo"/> or <see cref="System.Reflection.ParameterInfo"/> they come from.</summary>
    public const string ClrMember = "clrMember";
}
