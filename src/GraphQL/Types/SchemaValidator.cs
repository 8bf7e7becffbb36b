using Gateway.GraphQL.Introspection;
using Gateway.GraphQL.Types.Scalars;

namespace Gateway.GraphQL.Types;

/// <summary>
/// The spec's type-system validation (graphql-js <c>validateSchema</c>): root types, names, fields,
/// arguments, interfaces and their implementations, unions, enums, input objects (and input cycles,
/// OneOf rules), directives. Each message names the type and field concerned.
/// </summary>
public static class SchemaValidator
{
    /// <summary>Every type-system error of <paramref name="schema"/>, in graphql-js's order; empty when valid.</summary>
    public static IReadOnlyList<string> Validate(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var subject = new TypeSystemSubject(schema.Query, schema.Mutation, schema.Subscription, schema.Directives, schema.Types);
        return Validate(subject);
    }

    /// <summary>
    /// Validates a type system that may not form a <see cref="Schema"/> yet (the SDL builder's view:
    /// root types of any kind, and interface or member lists as written, whatever the kinds they name).
    /// </summary>
    internal static IReadOnlyList<string> Validate(TypeSystemSubject subject)
    {
        var context = new Context(subject);
        context.ValidateRootTypes();
        context.ValidateDirectives();
        context.ValidateTypes();
        return context.Errors;
    }

    /// <summary>
    /// What validation looks at. <see cref="DeclaredInterfaces"/> and <see cref="DeclaredMembers"/>
    /// return the lists as declared (they may name types of the wrong kind); by default, the model's lists.
    /// </summary>
    internal sealed record TypeSystemSubject(
        NamedType? Query,
        NamedType? Mutation,
        NamedType? Subscription,
        IEnumerable<DirectiveDefinition> Directives,
        IEnumerable<NamedType> Types)
    {
        public Func<IComplexOutputType, IReadOnlyList<NamedType>> DeclaredInterfaces { get; init; } = static type => type.Interfaces;

        public Func<UnionType, IReadOnlyList<NamedType>> DeclaredMembers { get; init; } = static union => union.Types;

        /// <summary>Accepts one type as several root types, as graphql-js 16 does (the spec and graphql-js 17 do not).</summary>
        public bool AllowSharedRootTypes { get; init; }
    }

    private sealed class Context(TypeSystemSubject subject)
    {
        public List<string> Errors { get; } = [];

        public void ValidateRootTypes()
        {
            if (subject.Query is null)
            {
                Errors.Add("Query root type must be provided.");
            }
            else if (subject.Query is not ObjectType)
            {
                Errors.Add($"Query root type must be Object type, it cannot be {subject.Query}.");
            }

            if (subject.Mutation is not null and not ObjectType)
            {
                Errors.Add($"Mutation root type must be Object type if provided, it cannot be {subject.Mutation}.");
            }

            if (subject.Subscription is not null and not ObjectType)
            {
                Errors.Add($"Subscription root type must be Object type if provided, it cannot be {subject.Subscription}.");
            }

            // The spec requires distinct root types; graphql-js 16 does not check it, graphql-js 17 does
            // (this is its message).
            if (subject.AllowSharedRootTypes)
            {
                return;
            }

            var roots = new List<(ObjectType Type, string Operation)>(3);
            AddRoot(roots, subject.Query, "query");
            AddRoot(roots, subject.Mutation, "mutation");
            AddRoot(roots, subject.Subscription, "subscription");
            foreach (var group in roots.GroupBy(r => r.Type, ReferenceEqualityComparer.Instance))
            {
                var operations = group.Select(r => r.Operation).ToList();
                if (operations.Count > 1)
                {
                    Errors.Add($"All root types must be different, \"{((ObjectType)group.Key!).Name}\" type is used as {AndList(operations)} root types.");
                }
            }
        }

        public void ValidateDirectives()
        {
            foreach (var directive in subject.Directives)
            {
                ValidateName(directive.Name);
                if (directive.Locations.Count == 0)
                {
                    Errors.Add($"Directive @{directive.Name} must include 1 or more locations.");
                }

                foreach (var argument in directive.Arguments)
                {
                    ValidateName(argument.Name);
                    if (!argument.Type.IsInputType)
                    {
                        Errors.Add($"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.");
                    }

                    if (argument.IsRequired && argument.DeprecationReason is not null)
                    {
                        Errors.Add($"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.");
                    }
                }
            }
        }

        public void ValidateTypes()
        {
            var cycles = new InputCycleDetector(Errors);
            foreach (var type in subject.Types)
            {
                // The built-in scalars and introspection types are shared, immutable and valid.
                if (IsBuiltIn(type))
                {
                    continue;
                }

                ValidateName(type.Name);
                switch (type)
                {
                    case ObjectType or InterfaceType:
                        var complex = (IComplexOutputType)type;
                        ValidateFields(complex);
                        ValidateInterfaces(complex);
                        break;
                    case UnionType union:
                        ValidateUnionMembers(union);
                        break;
                    case EnumType enumType:
                        ValidateEnumValues(enumType);
                        break;
                    case InputObjectType inputObject:
                        ValidateInputFields(inputObject);
                        cycles.Detect(inputObject);
                        break;
                }
            }
        }

        private static bool IsBuiltIn(NamedType type) =>
            ReferenceEquals(BuiltInScalars.Find(type.Name), type) || IntrospectionTypes.All.Contains(type);

        private static void AddRoot(List<(ObjectType, string)> roots, NamedType? type, string operation)
        {
            if (type is ObjectType objectType)
            {
                roots.Add((objectType, operation));
            }
        }

        private static IEnumerable<string> DuplicateNames<T>(IEnumerable<T> items)
            where T : INamedDefinition =>
            items.GroupBy(i => i.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);

        private static string AndList(List<string> items) => items.Count switch
        {
            1 => items[0],
            2 => items[0] + " and " + items[1],
            _ => string.Join(", ", items.Take(items.Count - 1)) + ", and " + items[^1],
        };

        private void ValidateName(string name)
        {
            if (name.StartsWith("__", StringComparison.Ordinal))
            {
                Errors.Add($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
            }
        }

        private void ValidateFields(IComplexOutputType type)
        {
            var fields = type.Fields;
            if (fields.Count == 0)
            {
                Errors.Add($"Type {type.Name} must define one or more fields.");
            }

            foreach (var field in fields)
            {
                ValidateName(field.Name);
                if (!field.Type.IsOutputType)
                {
                    Errors.Add($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.");
                }

                foreach (var argument in field.Arguments)
                {
                    ValidateName(argument.Name);
                    if (!argument.Type.IsInputType)
                    {
                        Errors.Add($"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.");
                    }

                    if (argument.IsRequired && argument.DeprecationReason is not null)
                    {
                        Errors.Add($"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.");
                    }
                }

                if (field.Arguments.HasDuplicates)
                {
                    foreach (var name in DuplicateNames(field.Arguments))
                    {
                        Errors.Add($"Argument \"{type.Name}.{field.Name}({name}:)\" can only be defined once.");
                    }
                }
            }

            if (fields.HasDuplicates)
            {
                // Only a code-first schema can get here: SDL reports duplicates before building.
                foreach (var name in DuplicateNames(fields))
                {
                    Errors.Add($"Field \"{type.Name}.{name}\" can only be defined once.");
                }
            }
        }

        private void ValidateInterfaces(IComplexOutputType type)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var declared in subject.DeclaredInterfaces(type))
            {
                if (declared is not InterfaceType iface)
                {
                    Errors.Add($"Type {type.Name} must only implement Interface types, it cannot implement {declared}.");
                    continue;
                }

                if (ReferenceEquals(type, iface))
                {
                    Errors.Add($"Type {type.Name} cannot implement itself because it would create a circular reference.");
                    continue;
                }

                if (!seen.Add(iface.Name))
                {
                    Errors.Add($"Type {type.Name} can only implement {iface.Name} once.");
                    continue;
                }

                ValidateImplementsAncestors(type, iface);
                ValidateImplementsInterface(type, iface);
            }
        }

        private void ValidateImplementsInterface(IComplexOutputType type, InterfaceType iface)
        {
            foreach (var ifaceField in iface.Fields)
            {
                var fieldName = ifaceField.Name;
                if (!type.Fields.TryGetValue(fieldName, out var typeField))
                {
                    Errors.Add($"Interface field {iface.Name}.{fieldName} expected but {type.Name} does not provide it.");
                    continue;
                }

                if (!IsSubTypeOf(typeField.Type, ifaceField.Type))
                {
                    Errors.Add($"Interface field {iface.Name}.{fieldName} expects type {ifaceField.Type} but {type.Name}.{fieldName} is type {typeField.Type}.");
                }

                foreach (var ifaceArgument in ifaceField.Arguments)
                {
                    var argumentName = ifaceArgument.Name;
                    if (!typeField.Arguments.TryGetValue(argumentName, out var typeArgument))
                    {
                        Errors.Add($"Interface field argument {iface.Name}.{fieldName}({argumentName}:) expected but {type.Name}.{fieldName} does not provide it.");
                        continue;
                    }

                    if (!ifaceArgument.Type.Equals(typeArgument.Type))
                    {
                        Errors.Add($"Interface field argument {iface.Name}.{fieldName}({argumentName}:) expects type {ifaceArgument.Type} but {type.Name}.{fieldName}({argumentName}:) is type {typeArgument.Type}.");
                    }
                }

                foreach (var typeArgument in typeField.Arguments)
                {
                    if (!ifaceField.Arguments.Contains(typeArgument.Name) && typeArgument.IsRequired)
                    {
                        Errors.Add($"Object field {type.Name}.{fieldName} includes required argument {typeArgument.Name} that is missing from the Interface field {iface.Name}.{fieldName}.");
                    }
                }
            }
        }

        private void ValidateImplementsAncestors(IComplexOutputType type, InterfaceType iface)
        {
            var declared = subject.DeclaredInterfaces(type);
            foreach (var transitive in subject.DeclaredInterfaces(iface))
            {
                if (!declared.Contains(transitive))
                {
                    Errors.Add(ReferenceEquals(transitive, type)
                        ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.");
                }
            }
        }

        private void ValidateUnionMembers(UnionType union)
        {
            var members = subject.DeclaredMembers(union);
            if (members.Count == 0)
            {
                Errors.Add($"Union type {union.Name} must define one or more member types.");
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in members)
            {
                if (!seen.Add(member.Name))
                {
                    Errors.Add($"Union type {union.Name} can only include type {member.Name} once.");
                    continue;
                }

                if (member is not ObjectType)
                {
                    Errors.Add($"Union type {union.Name} can only include Object types, it cannot include {member}.");
                }
            }
        }

        private void ValidateEnumValues(EnumType enumType)
        {
            if (enumType.Values.Count == 0)
            {
                Errors.Add($"Enum type {enumType.Name} must define one or more values.");
            }

            foreach (var value in enumType.Values)
            {
                ValidateName(value.Name);
                if (value.Name is "true" or "false" or "null")
                {
                    // graphql-js rejects these when the enum is constructed; the parser never produces them.
                    Errors.Add($"Enum values cannot be named: {value.Name}");
                }
            }

            if (enumType.Values.HasDuplicates)
            {
                foreach (var name in DuplicateNames(enumType.Values))
                {
                    Errors.Add($"Enum value \"{enumType.Name}.{name}\" can only be defined once.");
                }
            }
        }

        private void ValidateInputFields(InputObjectType inputObject)
        {
            var fields = inputObject.Fields;
            if (fields.Count == 0)
            {
                Errors.Add($"Input Object type {inputObject.Name} must define one or more fields.");
            }

            foreach (var field in fields)
            {
                ValidateName(field.Name);
                if (!field.Type.IsInputType)
                {
                    Errors.Add($"The type of {inputObject.Name}.{field.Name} must be Input Type but got: {field.Type}.");
                }

                if (field.IsRequired && field.DeprecationReason is not null)
                {
                    Errors.Add($"Required input field {inputObject.Name}.{field.Name} cannot be deprecated.");
                }

                if (inputObject.IsOneOf)
                {
                    if (field.Type.IsNonNull)
                    {
                        Errors.Add($"OneOf input field {inputObject.Name}.{field.Name} must be nullable.");
                    }

                    if (field.HasDefaultValue)
                    {
                        Errors.Add($"OneOf input field {inputObject.Name}.{field.Name} cannot have a default value.");
                    }
                }
            }

            if (fields.HasDuplicates)
            {
                foreach (var name in DuplicateNames(fields))
                {
                    Errors.Add($"Field \"{inputObject.Name}.{name}\" can only be defined once.");
                }
            }
        }

        // graphql-js isTypeSubTypeOf: covariant output types.
        private bool IsSubTypeOf(GraphQLType maybeSubType, GraphQLType superType)
        {
            if (maybeSubType.Equals(superType))
            {
                return true;
            }

            if (superType is NonNullType superNonNull)
            {
                return maybeSubType is NonNullType subNonNull && IsSubTypeOf(subNonNull.OfType, superNonNull.OfType);
            }

            if (maybeSubType is NonNullType nonNull)
            {
                return IsSubTypeOf(nonNull.OfType, superType);
            }

            if (superType is ListType superList)
            {
                return maybeSubType is ListType subList && IsSubTypeOf(subList.OfType, superList.OfType);
            }

            if (maybeSubType is ListType)
            {
                return false;
            }

            return superType switch
            {
                InterfaceType iface when maybeSubType is IComplexOutputType complex =>
                    subject.DeclaredInterfaces(complex).Contains(iface),
                UnionType union when maybeSubType is ObjectType or InterfaceType =>
                    subject.DeclaredMembers(union).Contains((NamedType)maybeSubType),
                _ => false,
            };
        }
    }

    /// <summary>
    /// Finds cycles of non-null input object fields (a depth-first search that keeps going after a cycle
    /// is found, and visits each type once, as graphql-js does).
    /// </summary>
    private sealed class InputCycleDetector(List<string> errors)
    {
        private readonly HashSet<InputObjectType> _visited = new(ReferenceEqualityComparer.Instance);
        private readonly List<InputValueDefinition> _path = [];
        private readonly Dictionary<string, int> _pathIndexByTypeName = new(StringComparer.Ordinal);

        public void Detect(InputObjectType inputObject)
        {
            if (!_visited.Add(inputObject))
            {
                return;
            }

            _pathIndexByTypeName[inputObject.Name] = _path.Count;
            foreach (var field in inputObject.Fields)
            {
                if (field.Type is NonNullType { OfType: InputObjectType fieldType })
                {
                    _path.Add(field);
                    if (_pathIndexByTypeName.TryGetValue(fieldType.Name, out var cycleIndex))
                    {
                        var cycle = string.Join(".", _path.Skip(cycleIndex).Select(f => f.Name));
                        errors.Add($"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{cycle}\".");
                    }
                    else
                    {
                        Detect(fieldType);
                    }

                    _path.RemoveAt(_path.Count - 1);
                }
            }

            _pathIndexByTypeName.Remove(inputObject.Name);
        }
    }
}
