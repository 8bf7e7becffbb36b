using System.Globalization;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Types.Scalars;

namespace Gateway.GraphQL.CacheControl;

/// <summary>
/// The <c>@cacheControl</c> directive (Apollo Server's definition) and its <c>CacheControlScope</c> enum:
/// <code>
/// enum CacheControlScope { PUBLIC PRIVATE }
/// directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
/// </code>
/// Code-first schemas get it with <c>CodeFirstSchemaBuilder.AddCacheControl()</c>; SDL-first schemas declare it
/// (<see cref="Sdl"/>) and apply it to types and fields. The executor reads the hints (<see cref="CacheHints"/>).
/// </summary>
public static class CacheControlDirective
{
    /// <summary>The directive's name.</summary>
    public const string Name = "cacheControl";

    /// <summary>The directive's and the enum's definitions, to add to an SDL-first schema.</summary>
    public const string Sdl = """
        enum CacheControlScope { PUBLIC PRIVATE }
        directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
        """;

    /// <summary>The <c>CacheControlScope</c> enum (internal values: <see cref="CacheControl.CacheControlScope"/>).</summary>
    public static EnumType ScopeType { get; } = new(
        "CacheControlScope",
        [
            new EnumValueDefinition("PUBLIC", CacheControl.CacheControlScope.Public) { Description = "Any cache may keep the response: it is the same for every caller." },
            new EnumValueDefinition("PRIVATE", CacheControl.CacheControlScope.Private) { Description = "Only the caller's own cache may keep the response." },
        ])
    {
        Description = "Who may cache a response that includes the field or type.",
    };

    /// <summary>The directive definition.</summary>
    public static DirectiveDefinition Definition { get; } = new(
        Name,
        [DirectiveLocation.FieldDefinition, DirectiveLocation.Object, DirectiveLocation.Interface, DirectiveLocation.Union],
        [
            new InputValueDefinition("maxAge", BuiltInScalars.Int) { Description = "Seconds a response that includes this field or type may be reused." },
            new InputValueDefinition("scope", ScopeType) { Description = "PRIVATE when the value belongs to the caller; a response with any PRIVATE part is private." },
            new InputValueDefinition("inheritMaxAge", BuiltInScalars.Boolean) { Description = "Take the parent field's max age instead of the default (for the parts of an object)." },
        ])
    {
        Description = "The cache hint of a type or field: the response's max age is the smallest of the fields it touches (root fields and fields returning objects without a hint count as 0); it is private when any of them is.",
    };

    /// <summary>
    /// Reads the first <c>@cacheControl</c> among <paramref name="directives"/>; false when there is none. Arguments
    /// that are absent, null or not literals of the expected kind are left unset.
    /// </summary>
    public static bool TryRead(IReadOnlyList<DirectiveNode> directives, out CacheHint hint)
    {
        ArgumentNullException.ThrowIfNull(directives);
        foreach (var directive in directives)
        {
            if (directive.Name.Value != Name)
            {
                continue;
            }

            int? maxAge = null;
            CacheControlScope? scope = null;
            var inherit = false;
            foreach (var argument in directive.Arguments)
            {
                switch (argument.Name.Value, argument.Value)
                {
                    case ("maxAge", IntValueNode number) when int.TryParse(number.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds):
                        maxAge = Math.Max(0, seconds);
                        break;
                    case ("scope", EnumValueNode { Value: "PUBLIC" }):
                        scope = CacheControl.CacheControlScope.Public;
                        break;
                    case ("scope", EnumValueNode { Value: "PRIVATE" }):
                        scope = CacheControl.CacheControlScope.Private;
                        break;
                    case ("inheritMaxAge", BooleanValueNode flag):
                        inherit = flag.Value;
                        break;
                }
            }

            hint = new CacheHint(maxAge, scope, inherit);
            return true;
        }

        hint = default;
        return false;
    }
}
