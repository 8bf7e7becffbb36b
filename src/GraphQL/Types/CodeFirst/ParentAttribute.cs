namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>The parameter receives the parent object of the field (the extended object in a type extension); it is not an argument.</summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class ParentAttribute : Attribute;
