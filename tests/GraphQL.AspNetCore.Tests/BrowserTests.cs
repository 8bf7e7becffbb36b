using System.Diagnostics;
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
[Collection(BrowserCollection.Name)]
public sealed partial class BrowserTests
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    // Every wait of the test is bounded by this hang guard, far above what a loaded machine needs.
    private const int HangGuardMs = 120_000;

    private const string EditorsTextScript = "() => [...document.querySelectorAll('.monaco-editor .view-lines')].map(e => e.innerText.replace(/\\u00a0/g, ' ')).join(' | ')";

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
            Timeout = HangGuardMs,
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        page.SetDefaultTimeout(HangGuardMs);
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

        var posts = new List<(string Body, int Status, string? ContentType)>();
        page.Response += (_, response) =>
        {
            if (response.Request.Method == "POST")
            {
                lock (posts)
                {
                    posts.Add((response.Request.PostData ?? string.Empty, response.Status, response.Headers.GetValueOrDefault("content-type")));
                }
            }
        };

        var screenshot = Path.Combine(AppContext.BaseDirectory, "TestResults", "ide-typename.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        try
        {
            await page.GotoAsync(new Uri(address, "/graphql").ToString());
            Assert.EndsWith("/graphql/", page.Url, StringComparison.Ordinal);

            await page.GetByText("Create Document", new PageGetByTextOptions { Exact = true }).ClickAsync();
            await page.GetByText("Schema available").WaitForAsync();

            await RunAsync(page, "{ __typename }", "\"__typename\": \"Query\"", () =>
            {
                lock (posts)
                {
                    return posts.Exists(p => p.Body.Contains("{ __typename }", StringComparison.Ordinal));
                }
            });
        }
        catch (Exception)
        {
            // What the IDE sent and showed, to tell a slow IDE from a wrong answer.
            lock (posts)
            {
                foreach (var post in posts)
                {
                    _output.WriteLine($"POST {post.Status} {post.ContentType}: {post.Body[..Math.Min(post.Body.Length, 120)]}");
                }
            }

            // Best effort: a page too slow to answer must not hide the failure being reported.
            try
            {
                _output.WriteLine("Editors: " + await page.EvaluateAsync<string>(EditorsTextScript));
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
                _output.WriteLine($"Screenshot: {screenshot}");
            }
            catch (Exception diagnostic) when (diagnostic is PlaywrightException or TimeoutException)
            {
                _output.WriteLine("No editors' text or screenshot: " + diagnostic.Message);
            }

            throw;
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
        _output.WriteLine($"Screenshot: {screenshot}");

        lock (posts)
        {
            Assert.Contains(posts, p => p.Body.Contains("{ __typename }", StringComparison.Ordinal) && p.Status == 200 && p.ContentType == "application/json; charset=utf-8");
        }

        Assert.Empty(blocked);
    }

    /// <summary>
    /// Types <paramref name="document"/> into the Request editor and runs it until the Response pane shows
    /// <paramref name="expected"/>. The IDE reads the editor on a short debounce, so a run right after typing may send the
    /// previous document, or nothing: until <paramref name="sent"/> says the gateway received the document, it types again
    /// when the editor lost the text and runs again every few seconds. Once the document was sent it only waits for the
    /// answer to show, however slow the machine, up to the hang guard.
    /// </summary>
    private static async Task RunAsync(IPage page, string document, string expected, Func<bool> sent)
    {
        var elapsed = Stopwatch.StartNew();
        while (true)
        {
            if (!sent())
            {
                var text = await page.EvaluateAsync<string>(EditorsTextScript);
                if (!text.Contains(document.Trim('{', '}', ' '), StringComparison.Ordinal))
                {
                    var header = await page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Request", Exact = true }).BoundingBoxAsync()
                        ?? throw new InvalidOperationException("The IDE shows no Request pane.");
                    await page.Mouse.ClickAsync(header.X + 100, header.Y + 120);
                    await page.Keyboard.PressAsync("Control+A");
                    await page.Keyboard.InsertTextAsync(document);
                }

                await page.WaitForTimeoutAsync(500);
                await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { NameRegex = RunButton() }).First.ClickAsync();
            }

            var remaining = Math.Max(1, HangGuardMs - (int)elapsed.ElapsedMilliseconds);
            try
            {
                await page.WaitForFunctionAsync(
                    "expected => [...document.querySelectorAll('.monaco-editor .view-lines')].some(e => e.innerText.replace(/\\u00a0/g, ' ').includes(expected))",
                    expected,
                    new PageWaitForFunctionOptions { Timeout = sent() ? remaining : Math.Min(5_000, remaining) });
                return;
            }
            catch (TimeoutException) when (elapsed.ElapsedMilliseconds < HangGuardMs)
            {
                // Not shown yet: run again if the document never reached the gateway, else keep waiting for the answer.
            }
        }
    }

    [GeneratedRegex("^Run", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RunButton();
}
