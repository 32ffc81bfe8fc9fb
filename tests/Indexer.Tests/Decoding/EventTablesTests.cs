using System.Numerics;
using GovernanceRewards.Contracts.Chain;
using GovernanceRewards.Contracts.Deployment;
using GovernanceRewards.Indexer.Decoding;
using GovernanceRewards.Indexer.Rpc;
using GovernanceRewards.Rewards.Merkle;
using GovernanceRewards.Testing;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Util;
using Distributor = GovernanceRewards.Contracts.RewardDistributor.ContractDefinition;
using Pool = GovernanceRewards.Contracts.StakingPool.ContractDefinition;
using Token = GovernanceRewards.Contracts.GovToken.ContractDefinition;

namespace GovernanceRewards.Indexer.Tests.Decoding;

public sealed class EventTablesTests(ChainFixture chain, DatabaseFixture database) : IClassFixture<ChainFixture>, IClassFixture<DatabaseFixture>
{
    private static readonly BigInteger Ether = BigInteger.Pow(10, 18);

    [Fact]
    public async Task Every_indexed_event_lands_in_its_table_with_exact_values()
    {
        var suite = await chain.DeploySuiteAsync(new DeployParameters { DisputeWindowSeconds = 60 });
        var budget = 1_000 * Ether + 7;
        try
        {
            await RunScenarioAsync(suite, budget);
        }
        catch (SmartContractCustomErrorRevertException e)
        {
            throw new Xunit.Sdk.XunitException($"the scenario's transaction reverted: {RevertReason.Describe(e)}");
        }
        await using var indexer = await IndexerHarness.CreateAsync(chain, database, suite, initialRange: 5);

        await indexer.CatchUpAsync();

        var counts = await indexer.EventTableCountsAsync();
        Assert.All(counts, c => Assert.Equal(c.RawLogs, c.Rows));
        var emitted = counts.Where(c => c.Rows > 0).Select(c => c.Table).ToHashSet();
        Assert.Superset(new HashSet<string>
        {
            "proposal_created", "vote_cast", "proposal_queued", "proposal_executed", "delegate_changed", "delegate_votes_changed",
            "contribution_recorded", "epoch_funded", "root_posted", "root_accepted", "root_vetoed", "claimed", "dispute_window_set",
            "swept", "staked", "withdrawal_requested", "reward_paid", "reward_added", "slashed",
        }, emitted);
        Assert.Equal(0, await indexer.CountAsync("SELECT count(*) FROM undecodable_logs"));
        Assert.Equal(budget, await ScalarAsync<BigInteger>(indexer, "SELECT budget FROM epoch_funded"));
        // Holder 3's 100 tokens in the withdrawal cooldown vote for nobody.
        Assert.Equal(3 * 20_000 * Ether - 100 * Ether, await ScalarAsync<BigInteger>(indexer, "SELECT sum(weight) FROM vote_cast"));
        Assert.Equal("Fund epoch 1", (await ScalarAsync<string>(indexer, "SELECT description FROM proposal_created")).Split('\n')[0]);
        Assert.Equal(4, await ScalarAsync<int>(indexer, "SELECT cardinality(targets) FROM proposal_created"));
        Assert.Equal(chain.Address(4).HexToByteArray(), await ScalarAsync<byte[]>(indexer, "SELECT contributor FROM contribution_recorded WHERE units = 250"));
        Assert.Equal((short)3, await ScalarAsync<short>(indexer, "SELECT kind FROM contribution_recorded WHERE units = 250"));
        Assert.Equal(400 * Ether, await ScalarAsync<BigInteger>(indexer, "SELECT amount FROM claimed"));
        Assert.Equal("account 3 double counted", await ScalarAsync<string>(indexer, "SELECT reason FROM root_vetoed"));
    }

    [Fact]
    public async Task A_log_that_does_not_match_its_events_ABI_is_kept_raw_and_reported()
    {
        var suite = await chain.DeploySuiteAsync();
        await using var indexer = await IndexerHarness.CreateAsync(chain, database, suite, initialRange: 1_000);
        var topic = EventCatalog.Current.Tables.Single(t => t.Name == "contribution_recorded").Abi.Sha3Signature;
        var malformed = new ChainLog(7, new byte[32], 1, 0, new byte[32], 0, new byte[20], [("0x" + topic).HexToByteArray()], new byte[5]);
        var cursor = (await indexer.Rpc.BlockAsync(1, CancellationToken.None))!;

        var undecodable = (await indexer.Store.CommitAsync([malformed], cursor, CancellationToken.None)).Undecodable;

        Assert.Equal(1, undecodable);
        Assert.Equal(1, await indexer.CountAsync("SELECT count(*) FROM logs"));
        Assert.Equal(0, await indexer.CountAsync("SELECT count(*) FROM contribution_recorded"));
        Assert.StartsWith("contribution_recorded: ", await ScalarAsync<string>(indexer, "SELECT reason FROM undecodable_logs"), StringComparison.Ordinal);
    }

    private async Task RunScenarioAsync(Suite suite, BigInteger budget)
    {
        foreach (var holder in new[] { 1, 2, 3 })
        {
            await suite.Token(0).TransferRequestAndWaitForReceiptAsync(chain.Address(holder), 20_000 * Ether);
            await suite.Token(holder).DelegateRequestAndWaitForReceiptAsync(chain.Address(holder));
        }
        await suite.Token(3).ApproveRequestAndWaitForReceiptAsync(suite.PoolAddress, 100 * Ether);
        await suite.Pool(3).StakeRequestAndWaitForReceiptAsync(100 * Ether);
        await suite.Pool(3).RequestWithdrawalRequestAndWaitForReceiptAsync(100 * Ether);
        await suite.Token(0).DelegateRequestAndWaitForReceiptAsync(chain.Address(0));
        foreach (var (contributor, kind, units) in new[] { (3, 0, 100), (4, 3, 250), (5, 4, 40) })
        {
            await suite.Registry(0).RecordRequestAndWaitForReceiptAsync(chain.Address(contributor), (byte)kind, units, Sha3Keccack.Current.CalculateHash(new byte[] { (byte)units }));
        }
        await chain.Node.MineAsync(1);

        await GovernanceCycle.PassAsync(chain, suite, proposer: 1, voters: [1, 2, 3],
        [
            ProposalAction.Of(suite.TokenAddress, new Token.ApproveFunction { Spender = suite.DistributorAddress, Value = budget }),
            ProposalAction.Of(suite.DistributorAddress, new Distributor.FundEpochFunction { Epoch = 1, Budget = budget, WindowStart = 1, WindowEnd = 2, PolicyHash = new byte[32] }),
            ProposalAction.Of(suite.TokenAddress, new Token.ApproveFunction { Spender = suite.PoolAddress, Value = 50 * Ether }),
            // A day-long stream: holder 3 stakes after it starts and claims after the dispute window, both well inside it
            // whatever time the chain moved meanwhile (a 100 s stream made the claim find nothing now and then).
            ProposalAction.Of(suite.PoolAddress, new Pool.NotifyRewardAmountFunction { Amount = 50 * Ether, Duration = 86_400 }),
        ], "Fund epoch 1\n\nAnd a staking stream.");

        await suite.Token(3).ApproveRequestAndWaitForReceiptAsync(suite.PoolAddress, 100 * Ether);
        await suite.Pool(3).StakeRequestAndWaitForReceiptAsync(100 * Ether);
        var wrong = StandardMerkleTree.Of([new RewardLeaf(chain.Address(3), 900 * Ether)]);
        await suite.Distributor().PostRootRequestAndWaitForReceiptAsync(1, wrong.Root, 900 * Ether, "ipfs://wrong");
        await suite.Distributor().VetoRootRequestAndWaitForReceiptAsync(1, "account 3 double counted");
        var tree = StandardMerkleTree.Of([new RewardLeaf(chain.Address(3), 400 * Ether), new RewardLeaf(chain.Address(4), 500 * Ether)]);
        await suite.Distributor().PostRootRequestAndWaitForReceiptAsync(1, tree.Root, 900 * Ether, "ipfs://epoch-1");
        await chain.Node.IncreaseTimeAsync(61);
        await suite.Distributor(9).AcceptRootRequestAndWaitForReceiptAsync();
        await suite.Distributor(9).ClaimRequestAndWaitForReceiptAsync(chain.Address(3), 400 * Ether, [.. tree.GetProof(0)]);
        await suite.Pool(3).ClaimRequestAndWaitForReceiptAsync();
        await suite.AsTreasuryAsync(suite.PoolAddress, new Pool.SlashFunction { Account = chain.Address(3), Amount = Ether, Reason = "fabricated compute" });
        await suite.AsTreasuryAsync(suite.DistributorAddress, new Distributor.SetDisputeWindowFunction { NewWindow = 120 });
        await suite.AsTreasuryAsync(suite.DistributorAddress, new Distributor.SweepFunction { Amount = 7 });
    }

    private static async Task<T> ScalarAsync<T>(TestIndexer indexer, string sql)
    {
        await using var command = indexer.Database.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"no row for {sql}");
        return reader.GetFieldValue<T>(0);
    }
}
