using System.Numerics;
using System.Text.Json.Nodes;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Content;
using GovernanceRewards.Embedded;
using GovernanceRewards.Rewards.Merkle;
using GovernanceRewards.Testing;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Signer;
using Npgsql;

namespace GovernanceRewards.Host.Tests;

public sealed class RewardApiTests(ChainFixture chain, DatabaseFixture database) : IClassFixture<ChainFixture>, IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Epochs_proofs_rewards_and_the_tree_dump_are_served_and_OpenZeppelins_library_loads_the_dump_to_the_same_proofs()
    {
        var suite = await chain.DeploySuiteAsync();
        await using var server = await GovernanceServer.StartAsync(chain, database, suite);
        var leaves = Enumerable.Range(1, 50).Select(i => new RewardLeaf(EthECKey.GenerateKey().GetPublicAddress().ToLowerInvariant(), BigInteger.Pow(10, 18) * i + i)).ToList();
        var tree = StandardMerkleTree.Of(leaves);
        await SeedEpochAsync(server.ConnectionString, tree, leaves);
        using var client = server.Client();

        var epochs = JsonNode.Parse(await client.GetStringAsync("epochs"))!.AsArray();
        Assert.Equal(["posted"], epochs.Select(e => e!["status"]!.GetValue<string>()));
        var proof = JsonNode.Parse(await client.GetStringAsync($"epochs/3/proofs/{leaves[7].Account}"))!;
        Assert.Equal(leaves[7].CumulativeTotal.ToString(), proof["cumulativeTotal"]!.GetValue<string>());
        Assert.True(StandardMerkleTree.Verify(tree.Root, leaves[7], proof["proof"]!.AsArray().Select(p => p!.GetValue<string>().HexToByteArray())));
        // Stored here without a root on chain: the proof says it cannot be used yet, and that nothing of it was claimed.
        Assert.Equal(("notPosted", leaves[7].CumulativeTotal.ToString()), (proof["rootStatus"]!.GetValue<string>(), proof["unclaimed"]!.GetValue<string>()));

        var dump = await client.GetStringAsync("epochs/3/tree");
        var layout = RepositoryLayout.Discover();
        var loaded = JsonNode.Parse(await ProcessRunner.RunAsync("node", [Path.Combine(layout.Root, "tests", "Host.Tests", "reference", "load-dump.js")],
            layout.Root, dump, CancellationToken.None))!;
        Assert.Equal(tree.Root.ToHex(true), loaded["root"]!.GetValue<string>());
        foreach (var value in loaded["values"]!.AsArray())
        {
            var index = leaves.FindIndex(l => l.Account == value!["account"]!.GetValue<string>());
            Assert.Equal(tree.GetProof(index).Select(p => p.ToHex(true)), value!["proof"]!.AsArray().Select(p => p!.GetValue<string>()));
        }

        var rewards = JsonNode.Parse(await client.GetStringAsync($"rewards/{leaves[7].Account}"))!;
        var epoch = rewards["epochs"]!.AsArray().Single()!;
        Assert.Equal(("12", "8000000000000000008", false), (epoch["units"]!["code"]!.GetValue<string>(), epoch["amount"]!.GetValue<string>(), epoch["paid"]!.GetValue<bool>()));
        Assert.Equal(proof["proof"]!.ToJsonString(), rewards["claimable"]!["proof"]!.ToJsonString());

        // Allocation pages: every account once, in address order, each page continuing where `next` says.
        var listed = new List<JsonNode>();
        var pages = 0;
        for (var next = ""; next is not null; pages++)
        {
            var page = JsonNode.Parse(await client.GetStringAsync($"epochs/3/allocations?limit=7{(next == "" ? "" : "&after=" + next)}"))!;
            listed.AddRange(page["items"]!.AsArray().Select(i => i!));
            next = page["next"]?.GetValue<string>();
        }
        Assert.Equal(8, pages);
        Assert.Equal(leaves.Select(l => l.Account).Order(StringComparer.Ordinal), listed.Select(a => a["account"]!.GetValue<string>()));
        Assert.All(listed, a => Assert.Equal(
            leaves.Single(l => l.Account == a["account"]!.GetValue<string>()).CumulativeTotal.ToString(), a["cumulativeTotal"]!.GetValue<string>()));
        Assert.All(listed, a => Assert.Null(a["paidIn"]));
    }

    [Fact]
    public async Task Contributions_page_in_the_registrys_order_and_a_stake_shows_its_events_and_what_is_claimable_now()
    {
        var suite = await chain.DeploySuiteAsync();
        var staker = chain.Address(3);
        await suite.Token().TransferRequestAndWaitForReceiptAsync(staker, DeployParameters.ToUnits(100));
        await suite.Token(3).ApproveRequestAndWaitForReceiptAsync(suite.PoolAddress, DeployParameters.ToUnits(100));
        await suite.Pool(3).StakeRequestAndWaitForReceiptAsync(DeployParameters.ToUnits(100));
        await suite.Pool(3).RequestWithdrawalRequestAndWaitForReceiptAsync(DeployParameters.ToUnits(40));
        for (var i = 0; i < 5; i++)
        {
            await suite.Registry().RecordRequestAndWaitForReceiptAsync(chain.Address(i % 2 == 0 ? 4 : 5), (byte)i, 10 + i, new byte[32], Cid.RawCodec);
        }
        await using var server = await GovernanceServer.StartAsync(chain, database, suite);
        using var client = server.Client();

        await WaitForJsonAsync(client, "contributions", p => p["items"]!.AsArray().Count == 5);
        var contributions = new List<JsonNode>();
        var pages = 0;
        for (var next = ""; next is not null; pages++)
        {
            var page = JsonNode.Parse(await client.GetStringAsync($"contributions?limit=2{(next == "" ? "" : "&after=" + next)}"))!;
            contributions.AddRange(page["items"]!.AsArray().Select(i => i!));
            next = page["next"]?.GetValue<string>();
        }
        Assert.Equal(3, pages);
        Assert.Equal(["data", "storage", "compute", "modelTraining", "code"], contributions.Select(c => c["kind"]!.GetValue<string>()));
        Assert.Equal(["10", "11", "12", "13", "14"], contributions.Select(c => c["units"]!.GetValue<string>()));
        var mine = JsonNode.Parse(await client.GetStringAsync($"contributions?contributor={chain.Address(5)}"))!["items"]!.AsArray();
        Assert.Equal(["storage", "modelTraining"], mine.Select(c => c!["kind"]!.GetValue<string>()));

        var stake = await WaitForJsonAsync(client, $"stakes/{staker}", s => s["history"]!.AsArray().Count == 2);
        Assert.Equal(DeployParameters.ToUnits(60).ToString(), stake["staked"]!.GetValue<string>());
        Assert.Equal((await suite.Pool().StakeOfQueryAsync(staker)).ToString(), stake["staked"]!.GetValue<string>());
        Assert.Equal(["staked", "withdrawalRequested"], stake["history"]!.AsArray().Select(e => e!["event"]!.GetValue<string>()));
        Assert.Equal("0", stake["claimableNow"]!.GetValue<string>());
        Assert.Equal(DeployParameters.ToUnits(40).ToString(), stake["inCooldown"]!.GetValue<string>());
    }

    private static async Task<JsonNode> WaitForJsonAsync(HttpClient client, string path, Func<JsonNode, bool> ready)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var node = JsonNode.Parse(await client.GetStringAsync(path))!;
            if (ready(node)) return node;
            Assert.True(DateTime.UtcNow < deadline, $"{path} never got there: {node.ToJsonString()}");
            await Task.Delay(200);
        }
    }

    [Theory]
    [InlineData("contributions?contributor=0x12", 400, "'0x12' is not an address")]
    [InlineData("contributions?after=abc", 400, "'abc' is not a contribution id")]
    [InlineData("contributions?limit=0", 400, "'0' is not a page size from 1 to 1000")]
    [InlineData("stakes/0x12", 400, "'0x12' is not an address")]
    [InlineData("epochs/abc", 400, "'abc' is not an epoch number")]
    [InlineData("epochs/0", 400, "'0' is not an epoch number")]
    [InlineData("epochs/9", 404, "epoch 9 is not funded (yet)")]
    [InlineData("epochs/9/tree", 404, "epoch 9 has no tree (yet)")]
    [InlineData("epochs/3/proofs/0xnope", 400, "'0xnope' is not an address")]
    [InlineData("epochs/3/proofs/0x0000000000000000000000000000000000000001", 404, "has no leaf in epoch 3's tree")]
    [InlineData("rewards/12", 400, "'12' is not an address")]
    [InlineData("epochs/9/allocations", 404, "epoch 9 is not funded (yet)")]
    [InlineData("epochs/3/allocations?limit=0", 400, "'0' is not a page size from 1 to 1000")]
    [InlineData("epochs/3/allocations?limit=1001", 400, "'1001' is not a page size from 1 to 1000")]
    [InlineData("epochs/3/allocations?after=0x12", 400, "'0x12' is not an address")]
    public async Task Bad_reward_requests_get_a_problem_that_says_what_is_wrong(string path, int status, string message)
    {
        var suite = await chain.DeploySuiteAsync();
        await using var server = await GovernanceServer.StartAsync(chain, database, suite);
        var leaf = new RewardLeaf("0x00000000000000000000000000000000000000aa", 5);
        await SeedEpochAsync(server.ConnectionString, StandardMerkleTree.Of([leaf]), [leaf]);
        await server.AssertProblemAsync(path, status, message);
    }

    /// <summary>Epoch 3 as the pipeline leaves it once its root is posted, with an allocation for each of <paramref name="earners"/>.</summary>
    internal static async Task SeedEpochAsync(string connectionString, StandardMerkleTree tree, IEnumerable<RewardLeaf> earners)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await StoredEpoch.WriteAsync(dataSource, 31337, 3, tree, alongside: async (connection, transaction) =>
        {
            foreach (var earner in earners)
            {
                await using var allocation = new NpgsqlCommand(
                    """
                    INSERT INTO reward_allocations (chain_id, epoch, account, units, voting_weight, weighted_units, amount)
                    VALUES (31337, 3, $1, '{"code":"12"}', 0, 60, $2)
                    """, connection, transaction);
                allocation.Parameters.AddWithValue(earner.Account.HexToByteArray());
                allocation.Parameters.AddWithValue(earner.CumulativeTotal);
                await allocation.ExecuteNonQueryAsync();
            }
        });
    }
}
