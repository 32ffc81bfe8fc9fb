using Microsoft.Playwright;

namespace GovernanceRewards.Host.Tests.Browser;

/// <summary>
/// The system's Chromium (Debian's, installed by <c>scripts/bootstrap</c>) driven by Playwright, one process for every
/// test class of the <see cref="BrowserTestGroup"/>; each test opens its own context (<see cref="PortalBrowser"/>), so
/// no cookie, storage or wallet state crosses tests. Playwright downloads no browser here.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    /// <summary>Overrides where the Chromium binary is (another distribution, a developer's own build).</summary>
    public const string ExecutableVariable = "GOVREWARDS_CHROMIUM";

    // Debian's /usr/bin/chromium is a shell script that adds flags of its own; Playwright starts the binary itself.
    private static readonly string[] Candidates =
        ["/usr/lib/chromium/chromium", "/usr/lib/chromium-browser/chromium-browser"];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium is not started");

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable(),
            Headless = true,
            // Chromium's sandbox refuses to run as root (as CI does); an unprivileged user keeps it.
            Args = Environment.IsPrivilegedProcess ? ["--no-sandbox"] : [],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }

    private static string Executable()
    {
        var configured = Environment.GetEnvironmentVariable(ExecutableVariable);
        if (!string.IsNullOrEmpty(configured)) return configured;
        return Candidates.FirstOrDefault(File.Exists) ?? throw new InvalidOperationException(
            $"Chromium not found at {string.Join(" or ", Candidates)}: run scripts/bootstrap "
            + "(it installs Debian's chromium) "
            + $"or set {ExecutableVariable} to the browser's binary");
    }
}

/// <summary>Browser test classes share one Chromium and run one after another (two cores serve one browser).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Browser";
}
