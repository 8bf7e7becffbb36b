namespace Gateway.GraphQL.CacheControl;

/// <summary>Who may keep a response (Apollo's <c>CacheControlScope</c>): anyone, or only the caller it was made for.</summary>
public enum CacheControlScope
{
    /// <summary>Shared caches may keep it: the response is the same for every caller.</summary>
    Public,

    /// <summary>Only the caller's own cache may keep it (e.g. patient data); a shared cache keeps it per caller, if at all.</summary>
    Private,
}
