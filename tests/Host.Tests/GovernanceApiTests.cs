using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Numerics;
using System.Text.Json;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Chain.Bindings.RewardDistributor.ContractDefinition;
using GovernanceRewards.Testing;
using Npgsql;

namespace GovernanceRewards.Host.Tests;

public sealed class GovernanceApiTests(ChainFixture chain, DatabaseFixture database) : IClassFixture<ChainFixture>, IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Holders_propose_and_vote_from_the_CLI_one_ballot_is_relayed_and_the_keeper_job_executes_the_proposal()
    {
        var suite = await chain.DeploySuiteAsync();
        await using var server = await GovernanceServer.StartAsync(chain, database, suite, listen: true);
        foreach (var (holder, tokens) in new[] { (1, 30_000), (2, 20_000), (3, 40_000) })
        {
            await suite.Token().TransferRequestAndWaitForReceiptAsync(chain.Address(holder), DeployParameters.ToUnits(tokens));
            Assert.Contains("delegated to", (await CliAsync(server, holder, "delegate")).Output);
        }
        await suite.Token(3).ApproveRequestAndWaitForReceiptAsync(suite.PoolAddress, DeployParameters.ToUnits(35_000));
        await suite.Pool(3).StakeRequestAndWaitForReceiptAsync(DeployParameters.ToUnits(35_000));
        var policy = Path.Combine(Path.GetTempPath(), $"policy-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(policy, """{"version":2,"weights":{"data":3,"code":5},"participationBasisPoints":1000,"minimumBond":"0","capBasisPoints":2500,"exclusions":[]}""");

        var proposed = await CliAsync(server, 1, "propose", "fund-epoch", "--epoch", "1", "--budget", "50000", "--window", "2026-11-01..2026-11-08", "--policy", policy);
        Assert.StartsWith("proposal 1 \"Fund reward epoch 1 with 50,000 GRW\"", proposed.Output);
        await chain.Node.MineAsync(2);
        await CliAsync(server, 1, "vote", "1", "for", "--reason", "fund it");
        await CliAsync(server, 2, "vote", "1", "abstain");
        var relayed = await CliAsync(server, 3, "vote", "1", "for", "--signed", "--api", server.BaseAddress.ToString(), "--api-key", server.RelayKey);
        Assert.StartsWith($"ballot signed by {chain.Address(3)} relayed in 0x", relayed.Output);

        var listing = await WaitForAsync(server, "governance/proposals", p => p.GetProperty("items")[0].GetProperty("forVotes").GetString() == DeployParameters.ToUnits(70_000).ToString());
        Assert.Equal("Active", listing.GetProperty("items")[0].GetProperty("state").GetString());
        var table = await CliAsync(server, 0, "proposals", "--api", server.BaseAddress.ToString());
        Assert.Contains("Active", table.Output);
        Assert.Contains("Fund reward epoch 1 with 50,000 GRW", table.Output);

        await GovernanceCycle.MineUntilVotingEndsAsync(chain, suite, 1);
        await WaitForAsync(server, "governance/proposals/1", p => p.GetProperty("summary").GetProperty("state").GetString() == "Queued");
        await chain.Node.IncreaseTimeAsync((ulong)await suite.Treasury().GetMinDelayQueryAsync() + 1);
        await chain.Node.MineAsync(1);
        var executed = await WaitForAsync(server, "governance/proposals/1", p => p.GetProperty("summary").GetProperty("state").GetString() == "Executed");

        Assert.Equal(DeployParameters.ToUnits(50_000), (await suite.Distributor().EpochOfQueryAsync(1)).ReturnValue1.Budget);
        Assert.Equal(3, executed.GetProperty("votes").GetArrayLength());
        var show = await CliAsync(server, 0, "proposals", "show", "1", "--api", server.BaseAddress.ToString());
        Assert.Contains("fund reward epoch 1 with 50,000 GRW for contributions from 2026-11-01 00:00:00 UTC to 2026-11-08 00:00:00 UTC", show.Output);
        Assert.Contains("keeper execute: mined", show.Output);
        Assert.Contains($"{chain.Address(1)} for with 30,000: \"fund it\"", show.Output, StringComparison.OrdinalIgnoreCase);
        File.Delete(policy);
    }

    [Fact]
    public async Task A_host_without_an_operator_key_records_the_quorum_of_a_proposal_whose_snapshot_is_past()
    {
        var suite = await chain.DeploySuiteAsync();
        await using var server = await GovernanceServer.StartAsync(chain, database, suite, signs: false);
        var proposalId = await GovernanceCycle.ProposeAsync(chain, suite, 1,
            [ProposalAction.Of(suite.DistributorAddress, new SetDisputeWindowFunction { NewWindow = 3_600 })], "# Longer disputes");
        var quorum = await suite.Governor().QuorumQueryAsync(await suite.Governor().ProposalSnapshotQueryAsync(proposalId));

        await using var dataSource = NpgsqlDataSource.Create(server.ConnectionString);
        var clock = Stopwatch.StartNew();
        BigInteger? recorded;
        do
        {
            await Task.Delay(200);
            await using var command = dataSource.CreateCommand("SELECT quorum FROM governance_proposals WHERE proposal_id = $1");
            command.Parameters.AddWithValue(proposalId);
            recorded = await command.ExecuteScalarAsync() is decimal value ? new BigInteger(value) : null;
        }
        while (recorded is null && clock.Elapsed < TimeSpan.FromSeconds(60));
        Assert.Equal(quorum, recorded);
    }

    [Theory]
    [InlineData("governance/proposals?pageSize=0", 400, "pageSize must be between 1 and 100")]
    [InlineData("governance/proposals?pageSize=101", 400, "pageSize must be between 1 and 100")]
    [InlineData("governance/proposals?page=0", 400, "page starts at 1")]
    [InlineData("governance/proposals?state=won", 400, "'won' is not a proposal state")]
    [InlineData("governance/proposals/abc", 400, "'abc' is not a proposal id (a positive integer)")]
    [InlineData("governance/proposals/0", 400, "'0' is not a proposal id (a positive integer)")]
    [InlineData("governance/proposals/42", 404, "there is no proposal 42 (yet) in the read model")]
    [InlineData("governance/voting-power/0x12", 400, "'0x12' is not an address")]
    [InlineData("governance/voting-power/0x70997970C51812dc3A010C7d01b50e0d17dc79C8?block=99999999", 400, "block must be between 0 and")]
    public async Task Bad_requests_get_a_problem_that_says_what_is_wrong(string path, int status, string message)
    {
        var suite = await chain.DeploySuiteAsync();
        await using var server = await GovernanceServer.StartAsync(chain, database, suite);
        await server.AssertProblemAsync(path, status, message);
    }

    [Fact]
    public async Task The_relay_answers_malformed_or_refused_ballots_with_a_problem_and_spends_nothing()
    {
        var suite = await chain.DeploySuiteAsync();
        await using var server = await GovernanceServer.StartAsync(chain, database, suite);
        using var client = server.Client(server.RelayKey);
        var sent = (await chain.Web3For(0).Eth.Transactions.GetTransactionCount.SendRequestAsync(chain.Address(GovernanceServer.OperatorAccount))).Value;

        var notJson = await client.PostAsync("governance/proposals/1/votes/signed", new StringContent("{voter", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        var empty = await client.PostAsJsonAsync("governance/proposals/1/votes/signed", new { support = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("expected {voter, support, nonce, signature, chainId}", await empty.Content.ReadAsStringAsync());
        var wrongChain = await client.PostAsJsonAsync("governance/proposals/1/votes/signed",
            new { voter = chain.Address(2), support = 1, nonce = "0", signature = "0x" + new string('1', 130), chainId = 5 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongChain.StatusCode);
        Assert.Contains("the ballot was signed for chain 5; this relay serves chain 31337", await wrongChain.Content.ReadAsStringAsync());

        foreach (var nonce in new[] { "\"-5\"", "\"abc\"", "1e3", "-5", "1.5" })
        {
            var json = $$"""{"voter":"{{chain.Address(2)}}","support":1,"nonce":{{nonce}},"signature":"0x{{new string('1', 130)}}","chainId":31337}""";
            var malformed = await client.PostAsync("governance/proposals/1/votes/signed", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
            Assert.Contains("\"nonce\":[", await malformed.Content.ReadAsStringAsync());
        }

        Assert.Equal(sent, (await chain.Web3For(0).Eth.Transactions.GetTransactionCount.SendRequestAsync(chain.Address(GovernanceServer.OperatorAccount))).Value);
    }

    [Fact]
    public async Task Malformed_numbers_and_filter_values_are_refused_naming_the_field()
    {
        var suite = await chain.DeploySuiteAsync();
        await using var server = await GovernanceServer.StartAsync(chain, database, suite);
        var holder = chain.Address(1);
        (string Path, string Field, string Message)[] refused =
        [
            ("governance/proposals?state=Defeated,Succeeded", "state", "'Defeated,Succeeded' is not a proposal state"),
            ("governance/proposals?state=3", "state", "'3' is not a proposal state"),
            ("governance/proposals?page=abc", "page", "'abc' is not a page number"),
            ("governance/proposals?page=-5", "page", "'-5' is not a page number"),
            ("governance/proposals?pageSize=1e3", "pageSize", "'1e3' is not a page size"),
            ("governance/proposals?page=99999999999", "page", "'99999999999' is not a page number"),
            ("governance/proposals/-5", "id", "'-5' is not a proposal id"),
            ("governance/proposals/1e3", "id", "'1e3' is not a proposal id"),
            ($"governance/voting-power/{holder}?block=-1", "block", "'-1' is not a block number"),
            ($"governance/voting-power/{holder}?block=abc", "block", "'abc' is not a block number"),
            ("epochs/1e3", "epoch", "'1e3' is not an epoch number"),
            ("epochs/-5/allocations", "epoch", "'-5' is not an epoch number"),
            ("epochs/1/allocations?limit=abc", "limit", "'abc' is not a page size"),
            ("contributions?after=-5", "after", "'-5' is not a contribution id"),
            ("contributions?limit=1e3", "limit", "'1e3' is not a page size"),
        ];
        using var client = server.Client();
        foreach (var (path, field, message) in refused)
        {
            var response = await client.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path} answered {response.StatusCode}: {body}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains($"\"{field}\":[", body);
            Assert.Contains(message, body);
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("governance/proposals?state=defeated&page=2&pageSize=5")).StatusCode);
    }

    private async Task<CliRun> CliAsync(GovernanceServer server, int account, params string[] arguments)
    {
        var withChain = arguments[0] == "proposals" ? arguments : [.. arguments, "--manifest", server.ManifestPath, "--rpc", chain.Node.RpcUrl.ToString()];
        var run = await GovRewardsProcess.RunAsync(new Dictionary<string, string?> { ["GOVREWARDS_KEY"] = chain.Node.DevelopmentKeys[account] }, withChain);
        Assert.True(run.ExitCode == 0, $"govrewards {string.Join(' ', arguments)} failed: {run.Error}");
        return run;
    }

    private static async Task<JsonElement> WaitForAsync(GovernanceServer server, string path, Func<JsonElement, bool> condition)
    {
        using var client = server.Client();
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var response = await client.GetAsync(path);
            if (response.IsSuccessStatusCode)
            {
                var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
                if (condition(body)) return body;
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(150), $"{path} never got there: {body}");
            }
            else
            {
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(150), $"{path} answered {response.StatusCode}");
            }
            await Task.Delay(200);
        }
    }
}
