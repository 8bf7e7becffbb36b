using System.Reflection;

namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>Where one input field's value goes in the CLR object: a constructor parameter or a settable property.</summary>
internal sealed class InputFieldBinding(string name, Type clrType)
{
    public string Name { get; } = name;

    public Type ClrType { get; } = clrType;

    public ParameterInfo? ConstructorParameter { get; init; }

    public PropertyInfo? Property { get; init; }

    /// <summary>True when the field's GraphQL type is set by <see cref="GraphQLTypeAttribute"/> (values are converted loosely).</summary>
    public bool HasTypeOverride { get; init; }
}
