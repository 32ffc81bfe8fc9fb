using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Content;
using GovernanceRewards.Embedded;
using GovernanceRewards.Portal;
using GovernanceRewards.Testing;
using Nethereum.Hex.HexConvertors.Extensions;
using GovToken = GovernanceRewards.Chain.Bindings.GovToken.ContractDefinition;
using Registry = GovernanceRewards.Chain.Bindings.ContributionRegistry.ContractDefinition;

namespace GovernanceRewards.Host.Tests;

/// <summary>
/// The portal's epoch pages, an account's contributions and the "you" sections of a connected viewer, read as a browser
/// without JavaScript reads them (the wallet module only sets the <c>portal-account</c> cookie).
/// </summary>
public sealed partial class PortalPagesTests(ChainFixture chain, DatabaseFixture database) : IClassFixture<ChainFixture>, IClassFixture<DatabaseFixture>
{
    private const ulong DisputeWindow = 3_600;

    [Fact]
    public async Task An_epoch_shows_its_policy_in_words_and_hash_its_pending_root_and_when_it_becomes_claimable_and_commands_that_verify_its_tree()
    {
        var suite = await chain.DeploySuiteAsync(new DeployParameters
        {
            Settler = chain.Address(GovernanceServer.OperatorAccount), DisputeWindowSeconds = DisputeWindow,
        });
        await using var server = await GovernanceServer.StartAsync(chain, database, suite);
        using var client = server.Client();
        // The viewer (5) earns by code and lends its votes to 4; 6 earns by data.
        await suite.Token().TransferRequestAndWaitForReceiptAsync(chain.Address(5), DeployParameters.ToUnits(100));
        await suite.Token(5).DelegateRequestAndWaitForReceiptAsync(chain.Address(4));
        var policy = FundedEpoch.Policy;
        var policyHash = await FundedEpoch.FundAsync(chain, suite, server, DeployParameters.ToUnits(1_000),
            new Registry.Contribution { Contributor = chain.Address(5), Kind = 4, Units = 10, EvidenceDigest = new byte[32], EvidenceCodec = Cid.RawCodec },
            new Registry.Contribution { Contributor = chain.Address(6), Kind = 0, Units = 20, EvidenceDigest = new byte[32], EvidenceCodec = Cid.RawCodec });

        // The host computes the epoch and posts its root; the page says when it becomes claimable.
        var page = await ReadAsync(client, "reward-epochs/1", html => html.Contains("claimable from", StringComparison.Ordinal), timeoutSeconds: 60);
        var pending = await suite.Distributor().PendingRootQueryAsync();
        var root = pending.Root.ToHex(true);
        Assert.Contains("<h1>Epoch 1</h1>", page);
        Assert.Contains($"Policy hash <code>{policyHash.ToHex(true)}</code>", page);
        Assert.Contains("<li>weights per unit: data 1, storage 0, compute 0, modelTraining 0, code 3</li>", page);
        Assert.Contains("<li>participation: 10% of the budget by voting weight cast, never capped; contributions share the other 90%</li>", page);
        Assert.Contains($"Root <code>{root}</code>", page);
        Assert.Contains($"claimable from {UnixTime.Format(pending.AcceptAt)} unless the guardian vetoes it", page);
        Assert.Contains("href=\"/epochs/1/tree\"", page);
        // The tree by the CID the root names on chain: the host's gateway link, and how to check a downloaded file has it.
        var treeCid = await UnixFs.CidOfAsync(new MemoryStream(await client.GetByteArrayAsync("epochs/1/tree")), CancellationToken.None);
        Assert.Contains($"names its tree <code>ipfs://{treeCid}</code>", page);
        Assert.Contains($"href=\"/ipfs/{treeCid}\"", page);
        Assert.Contains("ipfs add --only-hash --cid-version 1 --raw-leaves --chunker=size-262144 -Q epoch-1-tree.json", page);
        Assert.Contains($"cast call {suite.DistributorAddress} \"pendingRoot()(uint64,bytes32,uint256,uint64)\" --rpc-url $RPC_URL", page);
        Assert.Contains($"cast logs --rpc-url $RPC_URL --address {suite.DistributorAddress}", page);

        // The commands on the page, run as a reader would: the tree they download recomputes to the root on chain.
        Assert.Contains("curl -fsS http://localhost/epochs/1/tree -o epoch-1-tree.json", page);
        var script = NodeCommand().Match(page).Groups[1].Value;
        var directory = Directory.CreateTempSubdirectory("portal-verify-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(directory.FullName, "epoch-1-tree.json"), await client.GetStringAsync("epochs/1/tree"));
            Directory.CreateSymbolicLink(Path.Combine(directory.FullName, "node_modules"), Path.Combine(chain.Layout.Root, "node_modules"));
            var printed = await ProcessRunner.RunAsync("node", ["-e", script], directory.FullName, null, CancellationToken.None);
            Assert.Equal([root, root], printed.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            directory.Delete(recursive: true);
        }

        // The same facts in the API.
        var standing = JsonNode.Parse(await client.GetStringAsync("epochs/1/root"))!;
        Assert.Equal(("pending", root, pending.AcceptAt), (standing["status"]!.GetValue<string>(), standing["root"]!.GetValue<string>(), standing["acceptAt"]!.GetValue<ulong>()));
        var rules = JsonNode.Parse(await client.GetStringAsync("epochs/1/policy"))!;
        Assert.Equal(policy.Describe(), rules["rules"]!.AsArray().Select(r => r!.GetValue<string>()));

        var list = await ReadAsync(client, "reward-epochs");
        Assert.Contains("<a href=\"/reward-epochs/1\">1</a>", list);
        Assert.Contains($"<code>{root}</code>", list);
        Assert.Contains("1,000", list);
        Assert.Contains("href=\"/reward-epochs\"", await ReadAsync(client, "/"));

        // The viewer's overview: whom it delegates to, and what it can claim (90% of the budget, 30 of 50 weighted units).
        var overview = await ReadAsync(client, "/", viewer: chain.Address(5));
        Assert.Contains("<h2 id=\"you\">You</h2>", overview);
        Assert.Contains($"<a href=\"/accounts/{chain.Address(4).ToLowerInvariant()}\">", overview);
        Assert.Contains($"you had delegated your tokens to {chain.Address(4).ToLowerInvariant()}, who votes with them", overview);
        Assert.Contains($"Rewards: 540 tokens claimable from {UnixTime.Format(pending.AcceptAt)}", overview);
        Assert.Contains("Staking stream: nothing to claim now.", overview);
    }

    [Fact]
    public async Task An_account_page_shows_its_newest_contributions_first_and_links_to_the_older_ones()
    {
        var suite = await chain.DeploySuiteAsync();
        var contributor = chain.Address(5).ToLowerInvariant();
        await suite.Registry().RecordBatchRequestAndWaitForReceiptAsync([.. Enumerable.Range(1, 25).Select(i => new Registry.Contribution
        {
            Contributor = contributor, Kind = (byte)(i % 5), Units = i, EvidenceDigest = Evidence(i), EvidenceCodec = Cid.RawCodec,
        })]);
        await suite.Registry().RecordRequestAndWaitForReceiptAsync(chain.Address(6), 4, 99, Evidence(99), Cid.RawCodec);
        await using var server = await GovernanceServer.StartAsync(chain, database, suite);
        using var client = server.Client();

        var page = Section(await ReadAsync(client, $"accounts/{contributor}", html => html.Contains("More contributions", StringComparison.Ordinal)), "contributions");
        Assert.Equal(Enumerable.Range(6, 20).Reverse().Select(i => i.ToString()), Units(page));
        var evidence = Cid.FromDigest(Cid.RawCodec, Evidence(25));
        Assert.Contains($"<a href=\"{evidence.ToUri()}\"><code>{evidence.ToUri()}</code></a>", page);
        Assert.Contains($"<a href=\"/ipfs/{evidence}\">from this host</a>", page);
        Assert.Contains($"<code>{chain.Address(0).ToLowerInvariant()}</code>", page);
        Assert.Contains("<td>data</td>", page);
        Assert.Contains("no funded window yet", page);
        Assert.DoesNotContain("99", Units(page));

        var more = Regex.Match(page, "href=\"(/accounts/[^\"]+/contributions\\?after=\\d+)\"").Groups[1].Value;
        var older = await ReadAsync(client, more);
        Assert.Equal(["5", "4", "3", "2", "1"], Units(older));
        Assert.DoesNotContain("Older contributions", older);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"accounts/{contributor}/contributions?after=x")).StatusCode);

        var newest = JsonNode.Parse(await client.GetStringAsync($"contributions?contributor={contributor}&order=newest&limit=2"))!;
        Assert.Equal(["25", "24"], newest["items"]!.AsArray().Select(c => c!["units"]!.GetValue<string>()));
        await server.AssertProblemAsync("contributions?order=sideways", 400, "'sideways' is not an order");
    }

    [Fact]
    public async Task With_the_viewer_cookie_a_proposal_shows_the_power_at_its_snapshot_why_it_is_zero_and_the_vote_and_an_invalid_cookie_changes_nothing()
    {
        var suite = await chain.DeploySuiteAsync();
        await using var server = await GovernanceServer.StartAsync(chain, database, suite);
        using var client = server.Client();
        var (voter, holder) = (chain.Address(4).ToLowerInvariant(), chain.Address(6).ToLowerInvariant());
        await suite.Token().TransferRequestAndWaitForReceiptAsync(voter, DeployParameters.ToUnits(1_500));
        await suite.Token(4).DelegateRequestAndWaitForReceiptAsync(voter);
        await suite.Token().TransferRequestAndWaitForReceiptAsync(holder, DeployParameters.ToUnits(700));
        var id = await GovernanceCycle.ProposeAsync(chain, suite, 0,
            [ProposalAction.Of(suite.TokenAddress, new GovToken.TransferFunction { To = chain.Address(5), Value = 1 })], "# Pay five");
        var snapshot = await suite.Governor().ProposalSnapshotQueryAsync(id);
        await suite.Governor(4).CastVoteWithReasonRequestAndWaitForReceiptAsync(id, 1, "for the archive");
        // After the snapshot: counts for the power now, not for this proposal.
        await suite.Token().TransferRequestAndWaitForReceiptAsync(voter, DeployParameters.ToUnits(500));

        var anonymous = await ReadAsync(client, $"proposals/{id}", html => html.Contains("<td>For</td>", StringComparison.Ordinal));
        Assert.DoesNotContain("Your vote", anonymous);
        var mine = await ReadAsync(client, $"proposals/{id}", viewer: voter);
        Assert.Contains($"Your voting power at the snapshot (block {snapshot}): <strong>1,500</strong>", mine);
        Assert.Contains("You voted <strong>For</strong> with 1,500", mine);
        Assert.Contains("for the archive", mine);

        var undelegated = await ReadAsync(client, $"proposals/{id}", viewer: holder.ToUpperInvariant().Replace("0X", "0x", StringComparison.Ordinal));
        Assert.Contains($"Your voting power at the snapshot (block {snapshot}): <strong>0</strong>", undelegated);
        Assert.Contains($"It is zero because at block {snapshot} you had not delegated your tokens", undelegated);
        Assert.Contains("You have not voted on this proposal.", undelegated);

        var power = JsonNode.Parse(await client.GetStringAsync($"governance/voting-power/{holder}?block={snapshot}"))!;
        Assert.Equal(("0", null), (power["delegated"]!.GetValue<string>(), power["delegate"]?.GetValue<string>()));
        Assert.Equal(voter, JsonNode.Parse(await client.GetStringAsync($"governance/voting-power/{voter}"))!["delegate"]!.GetValue<string>());

        foreach (var invalid in new[] { "0x12", "not-an-address", voter + "00" })
        {
            Assert.Equal(anonymous, await ReadAsync(client, $"proposals/{id}", viewer: invalid));
        }

        var overview = await ReadAsync(client, "/", html => html.Contains("2,000", StringComparison.Ordinal), viewer: voter);
        Assert.Contains("Your delegate: yourself", overview);
        Assert.Contains("Your voting power now", overview);
        Assert.Contains("<strong>2,000</strong>", overview);
        Assert.Contains($"<a href=\"/proposals/{id}\">Pay five</a>: you voted For with 1,500", overview);
        Assert.DoesNotContain("id=\"you\"", await ReadAsync(client, "/"));
    }

    [Fact]
    public async Task Unknown_or_malformed_epochs_answer_the_not_found_page_and_the_epoch_list_is_a_portal_page()
    {
        var suite = await chain.DeploySuiteAsync();
        await using var server = await GovernanceServer.StartAsync(chain, database, suite);
        using var client = server.Client();

        foreach (var path in new[] { "reward-epochs/9", "reward-epochs/0", "reward-epochs/abc", "reward-epochs/-1" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("<h1>Not found</h1>", await response.Content.ReadAsStringAsync());
        }
        var list = await client.GetAsync("reward-epochs");
        Assert.Contains("No epoch is funded yet.", await list.Content.ReadAsStringAsync());
        Assert.Contains("style-src 'self'", string.Join(";", list.Headers.GetValues("Content-Security-Policy")));
        Assert.Contains("<a href=\"/reward-epochs\">Epochs</a>", await ReadAsync(client, "proposals"));
    }

    [Theory]
    [InlineData("0x70997970c51812dc3a010c7d01b50e0d17dc79c8", "0x70997970c51812dc3a010c7d01b50e0d17dc79c8")]
    [InlineData("0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "0x70997970c51812dc3a010c7d01b50e0d17dc79c8")]
    [InlineData("70997970c51812dc3a010c7d01b50e0d17dc79c8", null)]
    [InlineData("0x70997970c51812dc3a010c7d01b50e0d17dc79c", null)]
    [InlineData("0x70997970c51812dc3a010c7d01b50e0d17dc79zz", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void The_viewer_cookie_names_an_address_or_nobody(string? cookie, string? viewer) => Assert.Equal(viewer, PortalViewer.Parse(cookie));

    /// <summary>
    /// The page at <paramref name="path"/> as the viewer's browser gets it (with the wallet module's cookie when
    /// <paramref name="viewer"/> is set), once it shows what <paramref name="ready"/> waits for; entities decoded and
    /// whitespace collapsed, as a reader sees it.
    /// </summary>
    private static async Task<string> ReadAsync(
        HttpClient client, string path, Func<string, bool>? ready = null, string? viewer = null, int timeoutSeconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (viewer is not null) request.Headers.Add("Cookie", $"{PortalViewer.CookieName}={viewer}");
            using var response = await client.SendAsync(request);
            var html = Whitespace().Replace(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), " ");
            if (response.IsSuccessStatusCode && (ready is null || ready(html))) return html;
            Assert.True(DateTime.UtcNow < deadline, $"{path} never showed what was expected: {html}");
            await Task.Delay(200);
        }
    }

    private static byte[] Evidence(int i) => Nethereum.Util.Sha3Keccack.Current.CalculateHash(BitConverter.GetBytes(i));

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    private static IEnumerable<string> Units(string html) => AmountCell().Matches(html).Select(m => m.Groups[1].Value);

    [GeneratedRegex("<td class=\"amount\">([0-9,]+)</td>")]
    private static partial Regex AmountCell();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("node -e '([^']*)'")]
    private static partial Regex NodeCommand();
}
