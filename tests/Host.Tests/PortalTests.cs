using System.Net;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Testing;
using GovToken = GovernanceRewards.Chain.Bindings.GovToken.ContractDefinition;

namespace GovernanceRewards.Host.Tests;

/// <summary>The portal's pages, read as a browser without JavaScript reads them: HTML from the host alone.</summary>
public sealed class PortalTests(ChainFixture chain, DatabaseFixture database) : IClassFixture<ChainFixture>, IClassFixture<DatabaseFixture>
{
    private const string Description = """
        # Fund the *archive*

        We **need** it. <script>alert('x')</script> <img src=x onerror=alert(1)>

        [click me](javascript:alert(1)) and [the plan](https://example.org/plan){name=ethereum target=_top}
        """;

    [Fact]
    public async Task A_proposal_reads_in_the_portal_with_its_description_rendered_safely_its_action_in_words_and_its_tally()
    {
        var suite = await chain.DeploySuiteAsync();
        await using var server = await GovernanceServer.StartAsync(chain, database, suite);
        using var client = server.Client();
        await suite.Token().DelegateRequestAndWaitForReceiptAsync(chain.Address(0));
        var id = await GovernanceCycle.ProposeAsync(chain, suite, 0,
            [ProposalAction.Of(suite.TokenAddress, new GovToken.TransferFunction { To = chain.Address(5), Value = DeployParameters.ToUnits(12) })], Description);
        await suite.Governor().CastVoteRequestAndWaitForReceiptAsync(id, 1);

        var page = await WaitForAsync(client, $"proposals/{id}", html => html.Contains("Against", StringComparison.Ordinal) && html.Contains("<td>For</td>", StringComparison.Ordinal));
        Assert.Contains("<h1>Fund the *archive*</h1>", page);
        Assert.Contains("<strong>need</strong>", page);
        Assert.Contains("href=\"https://example.org/plan\"", page);
        // Raw HTML in the description shows as text, never as elements; a script link loses its target.
        Assert.DoesNotContain("<script>alert", page);
        Assert.DoesNotContain("<img", page);
        Assert.Contains("&lt;script&gt;", page);
        Assert.DoesNotContain("href=\"javascript:", page);
        // No attribute of the proposer's choosing: a name would shadow a global of the page (window.ethereum).
        Assert.DoesNotContain("name=\"ethereum\"", page);
        Assert.DoesNotContain("target=\"", page);
        Assert.Contains("{name=ethereum target=_top}", page);
        Assert.Contains("Active", page);

        var listing = await client.GetStringAsync("proposals?state=active");
        Assert.Contains($"href=\"/proposals/{id}\"", listing);
        Assert.DoesNotContain($"href=\"/proposals/{id}\"", await client.GetStringAsync("proposals?state=Executed"));
        var overview = await client.GetStringAsync("/");
        Assert.Contains($"href=\"/proposals/{id}\"", overview);
        Assert.Contains("The treasury holds <strong>900,000</strong> tokens", overview);
    }

    [Fact]
    public async Task Pages_answer_honest_statuses_and_carry_a_content_policy_that_allows_only_their_own_module_and_stylesheet()
    {
        var suite = await chain.DeploySuiteAsync();
        await using var server = await GovernanceServer.StartAsync(chain, database, suite);
        using var client = server.Client();

        var unknown = await client.GetAsync("proposals/99");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("<h1>Not found</h1>", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("proposals?state=Defeated,Succeeded")).StatusCode);

        var overview = await client.GetAsync("/");
        Assert.Equal("text/html", overview.Content.Headers.ContentType?.MediaType);
        var policy = string.Join(";", overview.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy);
        Assert.Contains("script-src 'self';", policy);
        Assert.Contains("connect-src 'self';", policy);
        Assert.DoesNotContain("unsafe", policy);
        var css = await client.GetAsync("portal.css");
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);

        // The wallet module: served compressed, under 100 kB as shipped, and revalidated for nothing by its ETag.
        using var compressed = new HttpRequestMessage(HttpMethod.Get, "portal.js") { Headers = { { "Accept-Encoding", "gzip" } } };
        var module = await client.SendAsync(compressed);
        Assert.Equal("text/javascript", module.Content.Headers.ContentType?.MediaType);
        Assert.Equal("gzip", Assert.Single(module.Content.Headers.ContentEncoding));
        Assert.InRange((await module.Content.ReadAsByteArrayAsync()).Length, 10_000, 100_000);
        using var again = new HttpRequestMessage(HttpMethod.Get, "portal.js") { Headers = { { "Accept-Encoding", "gzip" }, { "If-None-Match", module.Headers.ETag!.Tag } } };
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
        // The uncompressed file is another representation: another ETag.
        using var plain = new HttpRequestMessage(HttpMethod.Get, "portal.js") { Headers = { { "If-None-Match", module.Headers.ETag!.Tag } } };
        var uncompressed = await client.SendAsync(plain);
        Assert.Equal(HttpStatusCode.OK, uncompressed.StatusCode);
        Assert.Empty(uncompressed.Content.Headers.ContentEncoding);
        // The page names its chain and contracts for the module, in a data block no script runs.
        var html = await overview.Content.ReadAsStringAsync();
        Assert.Contains($"\"governor\":\"{suite.GovernorAddress}\"", html);
        Assert.Contains("<script type=\"module\" src=\"/portal.js\"></script>", html);
    }

    [Fact]
    public async Task An_account_page_shows_its_voting_power_and_says_why_it_is_zero_and_the_lookup_form_leads_there()
    {
        var suite = await chain.DeploySuiteAsync();
        await using var server = await GovernanceServer.StartAsync(chain, database, suite);
        using var client = server.Client();
        await suite.Token().TransferRequestAndWaitForReceiptAsync(chain.Address(4), DeployParameters.ToUnits(1_500));
        await suite.Token(4).DelegateRequestAndWaitForReceiptAsync(chain.Address(4));

        var delegated = await WaitForAsync(client, $"accounts/{chain.Address(4)}", html => html.Contains("1,500 votes", StringComparison.Ordinal));
        Assert.Contains("1,500 delegated", delegated);
        Assert.Contains("Nothing earned yet", delegated);
        var powerless = await client.GetStringAsync($"accounts/{chain.Address(7)}");
        Assert.Contains("It is zero because", powerless);

        var lookup = await client.GetAsync($"accounts?address={chain.Address(4).ToUpperInvariant().Replace("0X", "0x", StringComparison.Ordinal)}");
        Assert.Equal($"/accounts/{chain.Address(4).ToLowerInvariant()}", lookup.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("accounts/not-an-address")).StatusCode);
        var mistyped = await client.GetAsync("accounts?address=%3Cb%3Enonsense");
        Assert.Equal(HttpStatusCode.NotFound, mistyped.StatusCode);
        Assert.Contains("<h1>Not found</h1>", await mistyped.Content.ReadAsStringAsync());
    }

    private static async Task<string> WaitForAsync(HttpClient client, string path, Func<string, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            using var response = await client.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();
            if (response.IsSuccessStatusCode && condition(html)) return html;
            Assert.True(DateTime.UtcNow < deadline, $"{path} never showed what was expected: {html}");
            await Task.Delay(200);
        }
    }
}
