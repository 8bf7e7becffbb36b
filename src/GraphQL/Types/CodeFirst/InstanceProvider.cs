using Gateway.GraphQL.Execution;

namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>
/// The instance that root-type and type-extension resolvers run on: the parent value when it is of the
/// type (root types only: a root value given to the executor), else the request's service of the type,
/// else one instance per schema made with the public parameterless constructor on first use.
/// </summary>
internal sealed class InstanceProvider
{
    private readonly Type _type;
    private readonly bool _parentFirst;
    private readonly Lazy<object> _singleton;

    public InstanceProvider(Type type, bool parentFirst)
    {
        _type = type;
        _parentFirst = parentFirst;
        _singleton = new Lazy<object>(Create, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public object Get(IResolverContext context)
    {
        if (_parentFirst && context.Parent is { } parent && _type.IsInstanceOfType(parent))
        {
            return parent;
        }

        return context.Services?.GetService(_type) ?? _singleton.Value;
    }

    private object Create()
    {
        if (_type.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new InvalidOperationException(
                $"{TypeAnalysis.DisplayName(_type)} is not registered in the request's services and has no public parameterless constructor to create its resolver instance with.");
        }

        return Activator.CreateInstance(_type)!;
    }
}
