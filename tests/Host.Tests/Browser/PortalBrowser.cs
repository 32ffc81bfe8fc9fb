using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using GovernanceRewards.Embedded;
using Microsoft.Playwright;

namespace GovernanceRewards.Host.Tests.Browser;

/// <summary>
/// One person's browser on the portal: a fresh Chromium context (no cookies or storage from another test) with, when
/// given <see cref="WalletOptions"/>, the <see cref="TestWallet"/> installed before any page loads. It keeps every
/// console error and uncaught script error of its pages (a request refused by the content policy is one), saves
/// full-page screenshots and runs axe.
/// </summary>
public sealed partial class PortalBrowser : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<string> _problems = [];
    private readonly TestWallet? _wallet;

    private PortalBrowser(IBrowserContext context, TestWallet? wallet) => (Context, _wallet) = (context, wallet);

    public IBrowserContext Context { get; }

    public IPage Page { get; private set; } = null!;

    public TestWallet Wallet =>
        _wallet ?? throw new InvalidOperationException("this browser was opened without a wallet");

    /// <summary>Console errors and uncaught script errors of every page so far, in order.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_gate) return [.. _problems];
        }
    }

    /// <summary>Where screenshots go: under the checkout's git-ignored <c>.data</c>, the same on every run.</summary>
    public static string ScreenshotDirectory { get; } =
        Path.Combine(RepositoryLayout.Discover().DataDirectory, "screenshots", "portal");

    /// <summary>Opens a context on <paramref name="baseAddress"/> (pages are reached by path) with one page.</summary>
    public static async Task<PortalBrowser> OpenAsync(
        ChromiumFixture chromium, Uri baseAddress, WalletOptions? wallet = null)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "en-US",
            TimezoneId = "UTC",
        });
        var browser = new PortalBrowser(context, wallet is null ? null : new TestWallet(wallet));
        try
        {
            if (browser._wallet is not null) await browser._wallet.InstallAsync(context);
            context.Console += (_, message) =>
            {
                if (message.Type == "error" && !IsExpected(message))
                {
                    browser.Report($"console error on {message.Page?.Url}: {message.Text}");
                }
            };
            context.Page += (_, page) =>
                page.PageError += (_, error) => browser.Report($"script error on {page.Url}: {error}");
            browser.Page = await context.NewPageAsync();
            return browser;
        }
        catch
        {
            await context.DisposeAsync();
            throw;
        }
    }

    /// <summary>Reloads <paramref name="path"/> until it shows <paramref name="text"/> (the indexer reads the chain meanwhile).</summary>
    public async Task ReloadUntilAsync(string path, string text, int timeoutSeconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            var response = await GotoAsync(path);
            var content = await Page.ContentAsync();
            if (response.Ok && content.Contains(text, StringComparison.Ordinal)) return;
            Assert.True(DateTime.UtcNow < deadline, $"{path} never showed {text}: {content}");
            await Task.Delay(200);
        }
    }

    /// <summary>Loads <paramref name="path"/> in <see cref="Page"/> and returns the document's response.</summary>
    public async Task<IResponse> GotoAsync(string path) =>
        await Page.GotoAsync(path) ?? throw new InvalidOperationException($"{path} gave no response");

    /// <summary>Saves a full-page PNG of <see cref="Page"/> as <c>{name}.png</c> in the screenshot folder.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Path.Combine(ScreenshotDirectory, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <summary>
    /// Runs axe on <see cref="Page"/> (all its rules, or only <paramref name="rules"/>) and returns the serious and
    /// critical violations, each told with the elements it found them on (empty when there are none).
    /// </summary>
    public async Task<IReadOnlyList<string>> SeriousAccessibilityViolationsAsync(params string[] rules)
    {
        var result = await Page.RunAxe(new AxeRunOptions
        {
            RunOnly = rules.Length == 0 ? null : new RunOnlyOptions { Type = "rule", Values = [.. rules] },
            // Passes and incomplete checks are not read: axe then reports one element of each instead of all.
            ResultTypes = [ResultType.Violations],
        });
        return [.. result.Violations.Where(v => v.Impact is "serious" or "critical").Select(Describe)];
    }

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();

    private void Report(string problem)
    {
        lock (_gate) _problems.Add(problem);
    }

    /// <summary>The document's own status is the test's to check, and a site without an icon has no error.</summary>
    private static bool IsExpected(IConsoleMessage message)
    {
        if (!message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)) return false;
        var url = LineAndColumn().Replace(message.Location, "");
        return url == message.Page?.Url || url.EndsWith("/favicon.ico", StringComparison.Ordinal);
    }

    [GeneratedRegex(@":\d+:\d+$")]
    private static partial Regex LineAndColumn();

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Impact} {violation.Id}: {violation.Help} ({violation.HelpUrl})"
        + string.Concat(violation.Nodes.Select(node => $"\n    {node.Target}: {node.Html}\n      "
            + string.Join("; ", node.Any.Concat(node.All).Concat(node.None).Select(check => check.Message))));
}
