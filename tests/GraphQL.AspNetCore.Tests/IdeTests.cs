using System.Net;
using System.Text.RegularExpressions;

namespace Gateway.GraphQL.AspNetCore.Tests;

/// <summary>The Banana Cake Pop IDE: redirect, page, configuration, files, caching, and the switch that turns it off.</summary>
public sealed partial class IdeTests
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Fact]
    public async Task A_browser_opening_the_endpoint_is_redirected_to_the_trailing_slash()
    {
        await using var host = await TestServerHost.StartAsync(environment: "Development");

        var plain = await host.Client.SendGetAsync("/graphql", BrowserAccept);
        var withQuery = await host.Client.SendGetAsync("/graphql?tab=1", BrowserAccept);

        Assert.Equal(HttpStatusCode.Redirect, plain.Status);
        Assert.Equal("/graphql/", plain.Response.Headers.Location?.OriginalString);
        Assert.Equal("/graphql/?tab=1", withQuery.Response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_ide_page_is_served_with_revalidation_and_an_etag()
    {
        await using var host = await TestServerHost.StartAsync(environment: "Development");

        var result = await host.Client.SendGetAsync("/graphql/", BrowserAccept);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("text/html; charset=utf-8", result.ContentType);
        Assert.Contains("<div id=\"root\">", result.Body, StringComparison.Ordinal);
        Assert.Equal("no-cache", result.Response.Headers.CacheControl?.ToString());
        var etag = result.Response.Headers.ETag;
        Assert.NotNull(etag);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/graphql/");
        conditional.Headers.TryAddWithoutValidation("Accept", BrowserAccept);
        conditional.Headers.IfNoneMatch.Add(etag);
        using var notModified = await host.Client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task The_ide_configuration_points_at_the_endpoint_without_telemetry()
    {
        await using var host = await TestServerHost.StartAsync(o =>
        {
            o.Ide.Title = "Test IDE";
            o.Ide.Document = "{ hello }";
        }, environment: "Development");

        var result = await host.Client.SendGetAsync("/graphql/bcp-config.json");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("application/json; charset=utf-8", result.ContentType);
        Assert.Equal("""{"useBrowserUrlAsEndpoint":true,"disableTelemetry":true,"title":"Test IDE","includeCookies":false,"document":"{ hello }"}""", result.Body);
    }

    [Fact]
    public async Task Every_script_and_stylesheet_of_the_page_is_served_with_its_type_and_long_caching()
    {
        await using var host = await TestServerHost.StartAsync(environment: "Development");
        var page = await host.Client.SendGetAsync("/graphql/", BrowserAccept);

        var assets = AssetReference().Matches(page.Body).Select(m => m.Groups["path"].Value).ToList();
        Assert.NotEmpty(assets);
        foreach (var asset in assets)
        {
            var result = await host.Client.SendGetAsync("/graphql/" + asset);
            Assert.Equal(HttpStatusCode.OK, result.Status);
            Assert.Equal("public, max-age=31536000, immutable", result.Response.Headers.CacheControl?.ToString());
            var expected = asset.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
            Assert.Equal(expected, result.ContentType);
            Assert.Equal("nosniff", string.Join(",", result.Response.Headers.GetValues("X-Content-Type-Options")));
        }
    }

    [Theory]
    [InlineData("favicon.svg", "image/svg+xml")]
    [InlineData("favicon.ico", "image/x-icon")]
    [InlineData("manifest.webmanifest", "application/manifest+json; charset=utf-8")]
    public async Task Other_files_of_the_package_are_served(string file, string contentType)
    {
        await using var host = await TestServerHost.StartAsync(environment: "Development");

        var result = await host.Client.SendGetAsync("/graphql/" + file);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(contentType, result.ContentType);
    }

    [Fact]
    public async Task The_package_licence_is_served_with_the_files()
    {
        await using var host = await TestServerHost.StartAsync(environment: "Development");

        var licence = await host.Client.SendGetAsync("/graphql/LICENSE");
        var notice = await host.Client.SendGetAsync("/graphql/NOTICE");

        Assert.Equal(HttpStatusCode.OK, licence.Status);
        Assert.Equal("text/plain; charset=utf-8", licence.ContentType);
        Assert.Contains("ChilliCream License 1.0", licence.Body, StringComparison.Ordinal);
        Assert.Equal("text/plain; charset=utf-8", notice.ContentType);
        Assert.Contains("@chillicream/bananacakepop-graphql-ide, version 18.0.0", notice.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/graphql/nope.js")]
    [InlineData("/graphql/package.json")]
    [InlineData("/graphql/index.mjs")]
    [InlineData("/graphql/../appsettings.json")]
    public async Task Unknown_files_answer_404(string path)
    {
        await using var host = await TestServerHost.StartAsync(environment: "Development");

        var result = await host.Client.SendGetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, result.Status);
    }

    [Fact]
    public async Task A_browser_get_with_a_query_runs_it_instead_of_opening_the_ide()
    {
        await using var host = await TestServerHost.StartAsync(environment: "Development");

        var result = await host.Client.SendGetAsync(GraphQLClient.GetUrl("{ hello }"), BrowserAccept);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", result.Body);
    }

    [Fact]
    public async Task The_ide_is_off_by_default_in_production()
    {
        await using var host = await TestServerHost.StartAsync(environment: "Production");

        var page = await host.Client.SendGetAsync("/graphql", BrowserAccept);
        var config = await host.Client.SendGetAsync("/graphql/bcp-config.json");
        var index = await host.Client.SendGetAsync("/graphql/index.html");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal(ErrorCodes.BadRequest, page.FirstErrorCode);
        Assert.Equal(HttpStatusCode.NotFound, config.Status);
        Assert.Equal(HttpStatusCode.NotFound, index.Status);
    }

    [Fact]
    public async Task The_ide_can_be_turned_on_in_production_by_configuration()
    {
        await using var host = await TestServerHost.StartAsync(environment: "Production", configuration: [new("GraphQL:Ide:Enabled", "true"), new("GraphQL:Ide:Title", "Prod IDE")]);

        var page = await host.Client.SendGetAsync("/graphql/", BrowserAccept);
        var config = await host.Client.SendGetAsync("/graphql/bcp-config.json");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("\"title\":\"Prod IDE\"", config.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ide_can_be_turned_off_in_development()
    {
        await using var host = await TestServerHost.StartAsync(o => o.Ide.Enabled = false, environment: "Development");

        var config = await host.Client.SendGetAsync("/graphql/bcp-config.json");

        Assert.Equal(HttpStatusCode.NotFound, config.Status);
    }

    [GeneratedRegex("(?:src|href)=\"(?<path>static/[^\"]+)\"", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AssetReference();
}
