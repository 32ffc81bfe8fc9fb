using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using GovernanceRewards.Governance.Keeper;
using GovernanceRewards.Testing;

namespace GovernanceRewards.Host.Tests;

public sealed partial class WebHardeningTests(ChainFixture chain, DatabaseFixture database) : IClassFixture<ChainFixture>, IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_scalar_page_and_the_dashboard_load_their_assets_from_this_host_and_every_answer_carries_the_security_headers()
    {
        var suite = await chain.DeploySuiteAsync();
        await using var server = await GovernanceServer.StartAsync(chain, database, suite);
        using var client = server.Client();
        client.DefaultRequestHeaders.Authorization = Basic(server.ViewerKey);

        foreach (var page in new[] { "scalar", "hangfire/recurring" })
        {
            var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            AssertHardened(response, "default-src 'self'");
            var assets = Asset().Matches(html).Select(m => m.Groups["url"].Value).Where(u => !u.StartsWith('#') && !u.StartsWith("data:", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(assets);
            foreach (var asset in assets)
            {
                var url = new Uri(response.RequestMessage!.RequestUri!, WebUtility.HtmlDecode(asset));
                Assert.True(url.Host == server.BaseAddress.Host, $"{page} loads {url} from another host, which its content policy refuses");
                var loaded = await client.GetAsync(url);
                Assert.True(loaded.IsSuccessStatusCode, $"{page}'s {url} answered {loaded.StatusCode}");
            }
        }
        AssertHardened(await client.GetAsync("openapi/v1.json"), "default-src 'none'");
        AssertHardened(await client.GetAsync("governance/proposals"), "default-src 'none'");
        using var anonymous = server.Client();
        AssertHardened(await anonymous.GetAsync("hangfire"), "default-src 'self'; script-src 'self';");
        AssertHardened(await anonymous.GetAsync("governance/proposals/abc"), "default-src 'none'");
    }

    [Fact]
    public async Task A_cross_site_post_to_the_dashboard_is_refused_and_leaves_the_job_alone_while_one_from_its_own_pages_works()
    {
        var suite = await chain.DeploySuiteAsync();
        await using var server = await GovernanceServer.StartAsync(chain, database, suite);
        var job = $"{GovernanceKeeper.RecurringJobId}-{chain.Node.ChainId}";
        using var browser = server.Client();
        // The operator's browser after its login prompt: every request carries the Basic credentials, wherever it starts.
        browser.DefaultRequestHeaders.Authorization = Basic(server.OperatorKey);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await ListedAsync(browser, job) && DateTime.UtcNow < deadline) await Task.Delay(200);
        var own = server.BaseAddress.GetLeftPart(UriPartial.Authority);

        (string Header, string Value)[][] forged =
        [
            [("Origin", "https://evil.example")],
            [("Origin", "null")],
            [("Sec-Fetch-Site", "cross-site")],
            [("Sec-Fetch-Site", "same-site"), ("Origin", own)],
        ];
        foreach (var headers in forged)
        {
            foreach (var action in new[] { "trigger", "remove" })
            {
                var refused = await browser.SendAsync(DashboardPost(action, job, headers));
                Assert.True(refused.StatusCode == HttpStatusCode.Forbidden, $"{action} with {string.Join(", ", headers)} answered {refused.StatusCode}");
                Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
                Assert.Contains("the jobs dashboard only takes writes from its own pages", await refused.Content.ReadAsStringAsync());
            }
        }
        Assert.True(await ListedAsync(browser, job), "a refused request removed the job");

        (string, string)[] fromItsPage = [("Origin", own), ("Sec-Fetch-Site", "same-origin")];
        // What Chromium and Firefox send from a page whose referrer policy hides the origin, or behind a proxy ending TLS.
        (string, string)[] fromItsPageOriginHidden = [("Origin", "null"), ("Sec-Fetch-Site", "same-origin")];
        Assert.True((await browser.SendAsync(DashboardPost("trigger", job, fromItsPageOriginHidden))).IsSuccessStatusCode);
        Assert.True((await browser.SendAsync(DashboardPost("trigger", job, fromItsPage))).IsSuccessStatusCode);
        Assert.True((await browser.SendAsync(DashboardPost("remove", job, fromItsPage))).IsSuccessStatusCode);
        Assert.False(await ListedAsync(browser, job), "the dashboard's own page could not remove the job");
    }

    [Fact]
    public async Task The_relay_takes_only_json_so_a_cross_site_form_cannot_send_it_a_ballot()
    {
        var suite = await chain.DeploySuiteAsync();
        await using var server = await GovernanceServer.StartAsync(chain, database, suite);
        using var client = server.Client(server.RelayKey);
        foreach (var type in new[] { "text/plain", "application/x-www-form-urlencoded", "multipart/form-data" })
        {
            using var body = new StringContent("""{"voter":"0x0000000000000000000000000000000000000001","support":1}""");
            body.Headers.ContentType = new MediaTypeHeaderValue(type);
            var response = await client.PostAsync("governance/proposals/1/votes/signed", body);
            Assert.True(response.StatusCode == HttpStatusCode.UnsupportedMediaType, $"{type} answered {response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_body_over_the_limit_is_answered_413_naming_the_body_in_memory_and_under_kestrel()
    {
        var suite = await chain.DeploySuiteAsync();
        await using var inMemory = await GovernanceServer.StartAsync(chain, database, suite);
        await using var kestrel = await GovernanceServer.StartAsync(chain, database, suite, listen: true);
        var megabyte = Encoding.UTF8.GetBytes($$"""{"voter":"{{new string('a', 1024 * 1024)}}","support":1}""");

        foreach (var server in new[] { inMemory, kestrel })
        {
            using var client = server.Client(server.RelayKey);
            foreach (HttpContent body in new HttpContent[] { new ByteArrayContent(megabyte), new Unannounced(megabyte) })
            {
                body.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                var response = await client.PostAsync("governance/proposals/1/votes/signed", body);
                var answer = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge,
                    $"{server.BaseAddress} answered a {body.GetType().Name} body with {response.StatusCode}: {answer}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.Contains("\"body\":[\"the request body is over 65536 bytes", answer);
            }
        }
    }

    private static HttpRequestMessage DashboardPost(string action, string job, IEnumerable<(string Header, string Value)> headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"hangfire/recurring/{action}")
        {
            Content = new FormUrlEncodedContent([new KeyValuePair<string, string>("jobs[]", job)]),
        };
        foreach (var (header, value) in headers) request.Headers.Add(header, value);
        return request;
    }

    private static async Task<bool> ListedAsync(HttpClient browser, string job) =>
        (await browser.GetStringAsync("hangfire/recurring")).Contains(job, StringComparison.Ordinal);

    /// <summary>A body sent in chunks, its length never announced (what a streaming client sends).</summary>
    private sealed class Unannounced(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    private static void AssertHardened(HttpResponseMessage response, string policy)
    {
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.True(csp.StartsWith(policy, StringComparison.Ordinal), $"{response.RequestMessage!.RequestUri} has the policy {csp}");
        Assert.Contains("frame-ancestors 'none'", csp);
    }

    private static AuthenticationHeaderValue Basic(string key) => new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("me:" + key)));

    [GeneratedRegex("""<(?:script|link)\b[^>]*?\b(?:src|href)\s*=\s*["'](?<url>[^"']+)["']""")]
    private static partial Regex Asset();
}
