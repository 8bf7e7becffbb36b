using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Gateway.GraphQL.AspNetCore;

/// <summary>
/// The files of the Banana Cake Pop IDE (npm package <c>@chillicream/bananacakepop-graphql-ide</c>,
/// ChilliCream License 1.0, see the embedded <c>LICENSE</c>), embedded in this assembly at build time as
/// resources named <c>BananaCakePop/&lt;path&gt;</c>, and served with their content type, an ETag and
/// caching headers: a year and immutable for the content-hashed files under <c>static/</c>, revalidated
/// on every use for the others.
/// </summary>
internal sealed class BananaCakePopAssets
{
    public const string IndexFile = "index.html";
    private const string ResourcePrefix = "BananaCakePop/";
    private const string ImmutableCacheControl = "public, max-age=31536000, immutable";
    private const string RevalidateCacheControl = "no-cache";

    private readonly Assembly _assembly = typeof(BananaCakePopAssets).Assembly;
    private readonly Dictionary<string, string> _resources;
    private readonly ConcurrentDictionary<string, EntityTagHeaderValue> _etags = new(StringComparer.Ordinal);
    private readonly FileExtensionContentTypeProvider _contentTypes = new();

    public BananaCakePopAssets()
    {
        _resources = _assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .ToDictionary(name => name[ResourcePrefix.Length..], StringComparer.Ordinal);
        _contentTypes.Mappings[".webmanifest"] = "application/manifest+json";
    }

    /// <summary>The embedded files, by path in the package (e.g. <c>static/js/main.0349187e.js</c>).</summary>
    public IReadOnlyCollection<string> Files => _resources.Keys;

    public bool Contains(string path) => _resources.ContainsKey(path);

    /// <summary>Serves the file at <paramref name="path"/>; false when there is none (the caller answers 404).</summary>
    public async Task<bool> TryServeAsync(HttpContext context, string path, CancellationToken cancellationToken)
    {
        if (!_resources.TryGetValue(path, out var resourceName))
        {
            return false;
        }

        var response = context.Response;
        var etag = _etags.GetOrAdd(path, static (_, state) => state.Self.ComputeETag(state.ResourceName), (Self: this, ResourceName: resourceName));
        response.Headers.ETag = etag.ToString();
        response.Headers.CacheControl = path.StartsWith("static/", StringComparison.Ordinal) ? ImmutableCacheControl : RevalidateCacheControl;
        response.Headers.XContentTypeOptions = "nosniff";
        response.ContentType = ContentTypeOf(path);

        if (IsNotModified(context.Request, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return true;
        }

        var stream = Open(resourceName);
        await using (stream.ConfigureAwait(false))
        {
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentLength = stream.Length;
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await stream.CopyToAsync(response.Body, cancellationToken).ConfigureAwait(false);
            }
        }

        return true;
    }

    private string ContentTypeOf(string path)
    {
        if (!_contentTypes.TryGetContentType(path, out var contentType))
        {
            contentType = path is "LICENSE" or "NOTICE" ? "text/plain" : "application/octet-stream";
        }

        return contentType.StartsWith("text/", StringComparison.Ordinal) || contentType.Contains("javascript", StringComparison.Ordinal) || contentType.Contains("json", StringComparison.Ordinal)
            ? contentType + "; charset=utf-8"
            : contentType;
    }

    private static bool IsNotModified(HttpRequest request, EntityTagHeaderValue etag)
    {
        var ifNoneMatch = request.GetTypedHeaders().IfNoneMatch;
        foreach (var candidate in ifNoneMatch)
        {
            if (candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(etag, useStrongComparison: false))
            {
                return true;
            }
        }

        return false;
    }

    private Stream Open(string resourceName) =>
        _assembly.GetManifestResourceStream(resourceName)
        ?? throw new InvalidOperationException($"The embedded resource {resourceName} is missing.");

    private EntityTagHeaderValue ComputeETag(string resourceName)
    {
        using var stream = Open(resourceName);
        var hash = SHA256.HashData(stream);
        return new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(hash.AsSpan(0, 16)) + "\"");
    }
}
