using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Gateway.GraphQL.AspNetCore.Tests;

/// <summary>
/// The Banana Cake Pop IDE in a real browser: Debian's Chromium (<c>/usr/bin/chromium</c>) driven by
/// Playwright. It opens <c>/graphql</c>, waits for the schema, runs <c>{ __typename }</c> and reads the
/// result in the response pane; the screenshot is kept as <c>TestResults/ide-typename.png</c> in the test
/// output directory. Requests to any host but the gateway's are aborted, so the IDE works offline.
/// </summary>
public sealed partial class BrowserTests
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly ITestOutputHelper _output;

    public BrowserTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public async Task The_ide_loads_the_schema_and_runs_a_query_in_chromium()
    {
        Assert.True(
            File.Exists(ChromiumPath),
            $"Chromium is not installed at {ChromiumPath}: the browser test needs Debian's Chromium (apt-get install -y chromium).");

        await using var gateway = new KestrelGatewayFactory();
        var address = gateway.StartAndGetAddress();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 60_000,
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        page.SetDefaultTimeout(30_000);
        var blocked = new List<string>();
        await page.RouteAsync("**/*", async route =>
        {
            if (new Uri(route.Request.Url).Authority == address.Authority)
            {
                await route.ContinueAsync();
                return;
            }

            lock (blocked)
            {
                blocked.Add(route.Request.Url);
            }

            await route.AbortAsync();
        });

        var screenshot = Path.Combine(AppContext.BaseDirectory, "TestResults", "ide-typename.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        try
        {
            await page.GotoAsync(new Uri(address, "/graphql").ToString());
            Assert.EndsWith("/graphql/", page.Url, StringComparison.Ordinal);

            await page.GetByText("Create Document", new PageGetByTextOptions { Exact = true }).ClickAsync();
            await page.GetByText("Schema available").WaitForAsync();

            var result = await RunAsync(page, "{ __typename }");
            Assert.Equal(200, result.Status);
            Assert.Equal("""{"data":{"__typename":"Query"}}""", await result.TextAsync());

            await page.WaitForFunctionAsync(
                """() => [...document.querySelectorAll('.monaco-editor .view-lines')].some(e => e.innerText.replace(/\u00a0/g, ' ').includes('"__typename": "Query"'))""");
        }
        finally
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
            _output.WriteLine($"Screenshot: {screenshot}");
        }

        Assert.Empty(blocked);
    }

    /// <summary>Types <paramref name="document"/> into the Request editor and runs it; the IDE's POST's response.</summary>
    private static async Task<IResponse> RunAsync(IPage page, string document)
    {
        var header = await page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Request", Exact = true }).BoundingBoxAsync()
            ?? throw new InvalidOperationException("The IDE shows no Request pane.");
        await page.Mouse.ClickAsync(header.X + 100, header.Y + 120);
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.InsertTextAsync(document);

        // The IDE takes the editor's text on a short debounce; run again until the POST carries the document.
        for (var attempt = 1; ; attempt++)
        {
            await page.WaitForTimeoutAsync(500);
            try
            {
                return await page.RunAndWaitForResponseAsync(
                    () => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { NameRegex = RunButton() }).First.ClickAsync(),
                    response => response.Request.Method == "POST" && (response.Request.PostData ?? string.Empty).Contains("__typename", StringComparison.Ordinal)
                        && !(response.Request.PostData ?? string.Empty).Contains("IntrospectionQuery", StringComparison.Ordinal),
                    new PageRunAndWaitForResponseOptions { Timeout = 5_000 });
            }
            catch (TimeoutException) when (attempt < 5)
            {
                // The click ran the previous (empty) document; try again.
            }
        }
    }

    [GeneratedRegex("^Run", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RunButton();
}
