using System.Numerics;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Chain.Bindings.RewardDistributor.ContractDefinition;
using GovernanceRewards.Content;
using GovernanceRewards.Rewards.Epochs;
using GovernanceRewards.Rewards.Merkle;
using GovernanceRewards.Rewards.Policy;
using GovernanceRewards.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using GovToken = GovernanceRewards.Chain.Bindings.GovToken.ContractDefinition;

namespace GovernanceRewards.Rewards.Tests.Epochs;

public sealed class RewardPipelineTests(ChainFixture chain, DatabaseFixture database) : IClassFixture<ChainFixture>, IClassFixture<DatabaseFixture>
{
    private const byte Data = 0, Storage = 1, Compute = 2, ModelTraining = 3, Code = 4;

    private static readonly RewardPolicy Policy = new()
    {
        Weights = new() { ["data"] = 3, ["storage"] = 1, ["compute"] = 2, ["modelTraining"] = 4, ["code"] = 5 },
        ParticipationBasisPoints = 500,
        MinimumBond = DeployParameters.ToUnits(50),
    };

    private static BigInteger Tokens(BigInteger whole) => DeployParameters.ToUnits(whole);

    [Fact]
    public async Task Two_funded_epochs_are_computed_posted_and_push_paid_each_account_exactly_its_cumulative_total()
    {
        var suite = await chain.DeploySuiteAsync(new DeployParameters { Settler = chain.Address(RewardPipeline.Settler), DisputeWindowSeconds = 30 });
        await using var pipeline = await RewardPipeline.StartAsync(chain, database, suite);
        var policyHash = await PolicyRegistry.AddAsync(pipeline.Indexer.Database, Policy, CancellationToken.None);
        await suite.Token().DelegateRequestAndWaitForReceiptAsync(chain.Address(0));
        await suite.Token().TransferRequestAndWaitForReceiptAsync(chain.Address(1), Tokens(1_000));
        await suite.Token(1).DelegateRequestAndWaitForReceiptAsync(chain.Address(1));
        foreach (var staker in new[] { 4, 6 })
        {
            await suite.Token().TransferRequestAndWaitForReceiptAsync(chain.Address(staker), Tokens(100));
            await suite.Token(staker).ApproveRequestAndWaitForReceiptAsync(suite.PoolAddress, Tokens(100));
            await suite.Pool(staker).StakeRequestAndWaitForReceiptAsync(Tokens(100));
        }
        // Account 8 will stake only at the window's end, which bonds nothing.
        await suite.Token().TransferRequestAndWaitForReceiptAsync(chain.Address(8), Tokens(100));
        await suite.Token(8).ApproveRequestAndWaitForReceiptAsync(suite.PoolAddress, Tokens(100));

        // Epoch 1's window: contributions of every kind, and two votes on another proposal.
        var windowStart = await chain.LatestTimestampAsync() + 1;
        await chain.Node.IncreaseTimeAsync(1);
        await RecordAsync(suite, (4, Data, 100), (4, Code, 20), (5, Storage, 1_000), (5, ModelTraining, 50), (6, Compute, 150), (7, Code, 10),
            (8, Data, 500));
        var other = await GovernanceCycle.ProposeAsync(chain, suite, 0, [ProposalAction.Of(suite.DistributorAddress, new SetDisputeWindowFunction { NewWindow = 30 })], "# Other");
        await suite.Governor(0).CastVoteRequestAndWaitForReceiptAsync(other, GovernanceCycle.For);
        await suite.Governor(1).CastVoteRequestAndWaitForReceiptAsync(other, GovernanceCycle.Against);
        await suite.Pool(8).StakeRequestAndWaitForReceiptAsync(Tokens(100));
        var windowEnd = await chain.LatestTimestampAsync() + 1;
        await chain.Node.IncreaseTimeAsync(10);
        await RecordAsync(suite, (4, Code, 1_000));

        // Contributions, 95% of 1,000 tokens: 4 = 100*3 + 20*5 = 400 (bonded); 5 = 200 (storage unbonded, model training
        // 50*4); 6 = 150*2 = 300; 7 = 10*5 = 50; 8 = none (its data is unbonded: it staked only as the window ended); 950
        // units, a token each. Participation, 5%: the proposal reached quorum (98,700 for, 40,000 needed), so 0 and 1
        // share 50 tokens by the weight they cast, against votes included.
        await FundEpochAsync(suite, 1, Tokens(1_000), windowStart, windowEnd, policyHash);
        var computed = await pipeline.WaitForAsync(1, EpochStatus.Posted);
        var (founder, holder) = (Tokens(50) * 98_700 / 99_700, Tokens(50) * 1_000 / 99_700);
        Assert.Equal(await AllocationsAsync(pipeline, 1), new Dictionary<int, BigInteger>
        {
            [0] = founder, [1] = holder, [4] = Tokens(400), [5] = Tokens(200), [6] = Tokens(300), [7] = Tokens(50),
        }.ToDictionary(e => chain.Address(e.Key).ToLowerInvariant(), e => e.Value));
        var firstAllocated = Tokens(950) + founder + holder;
        Assert.Equal((firstAllocated, Tokens(1_000) - firstAllocated), (computed.Allocated!.Value, computed.Unallocated!.Value));


        // The proof served meanwhile says its root is still pending, and from when it can be used.
        using (var trees = new ProofTrees(pipeline.Indexer.Database, pipeline.Indexer.ChainId, 1, NullLogger<ProofTrees>.Instance))
        {
            var queries = new RewardQueries(pipeline.Indexer.Database, pipeline.Indexer.ChainId, trees);
            RewardProof? served;
            // The root is read from the indexed RootPosted event, which follows the chain by a moment.
            while ((served = await queries.ProofAsync(1, chain.Address(7).ToLowerInvariant(), CancellationToken.None))!.RootStatus == "notPosted")
            {
                await chain.Node.MineAsync(1);
                await Task.Delay(100);
            }
            var pending = await suite.Distributor().PendingRootQueryAsync();
            Assert.Equal(("pending", pending.AcceptAt, Tokens(50)), (served!.RootStatus, served.UsableFrom, served.Unclaimed));
        }

        // After the dispute window, account 7 claims by itself while the backend pushes payment to everyone.
        var before = await BalancesAsync(suite);
        await chain.Node.IncreaseTimeAsync(31);
        await chain.Node.MineAsync(1);
        var proof = await TreeStore.ProofAsync(pipeline.Indexer.Database, pipeline.Indexer.ChainId, 1, chain.Address(7).ToLowerInvariant(), CancellationToken.None);
        await suite.Distributor(7).ClaimRequestAndWaitForReceiptAsync(chain.Address(7), proof!.Value.Leaf.CumulativeTotal, [.. proof.Value.Proof]);
        await pipeline.WaitForAsync(1, EpochStatus.Paid, () => chain.Node.MineAsync(1));
        var paid = Difference(before, await BalancesAsync(suite));
        Assert.Equal(new Dictionary<int, BigInteger>
        {
            [0] = founder, [1] = holder, [4] = Tokens(400), [5] = Tokens(200), [6] = Tokens(300), [7] = Tokens(50), [-1] = -firstAllocated,
        }, paid);

        // Epoch 2: cumulative leaves; each account receives only what it earned since. Nobody voted, so participation's
        // 10 tokens stay unallocated; 190 go to 4 (50 units) and 7 (150 units).
        var secondStart = await chain.LatestTimestampAsync() + 1;
        await chain.Node.IncreaseTimeAsync(1);
        await RecordAsync(suite, (4, Code, 10), (7, Code, 30));
        var secondEnd = await chain.LatestTimestampAsync() + 1;
        await chain.Node.IncreaseTimeAsync(5);
        await FundEpochAsync(suite, 2, Tokens(200), secondStart, secondEnd, policyHash);
        var second = await pipeline.WaitForAsync(2, EpochStatus.Posted);
        Assert.Equal(firstAllocated + Tokens(190), second.CumulativeTotal);
        before = await BalancesAsync(suite);
        await chain.Node.IncreaseTimeAsync(31);
        await pipeline.WaitForAsync(2, EpochStatus.Paid, () => chain.Node.MineAsync(1));
        Assert.Equal(new Dictionary<int, BigInteger>
        {
            [0] = 0, [1] = 0, [4] = Tokens(95) / 2, [5] = 0, [6] = 0, [7] = Tokens(285) / 2, [-1] = -Tokens(190),
        }, Difference(before, await BalancesAsync(suite)));
        Assert.Equal(Tokens(895) / 2, await suite.Distributor().ClaimedQueryAsync(chain.Address(4)));
    }

    [Fact]
    public async Task A_tree_that_may_not_extend_the_accepted_root_is_refused_before_anything_is_posted()
    {
        var suite = await chain.DeploySuiteAsync(new DeployParameters { Settler = chain.Address(RewardPipeline.Settler), DisputeWindowSeconds = 5 });
        var policy = new RewardPolicy { Weights = new() { ["code"] = 1 } };
        await suite.Token().DelegateRequestAndWaitForReceiptAsync(chain.Address(0));
        var (start, end) = await WindowAsync(suite, (4, Code, 10));
        await FundEpochAsync(suite, 1, Tokens(10), start, end, RewardPolicy.Hash(policy));
        // Epoch 1 is settled by a root this backend never computed (another settler key, another database), and accepted.
        var foreign = StandardMerkleTree.Of([new RewardLeaf(chain.Address(5).ToLowerInvariant(), Tokens(10))]);
        await suite.Distributor(RewardPipeline.Settler).PostRootRequestAndWaitForReceiptAsync(1, foreign.Root, Tokens(10), "ipfs://foreign");
        await chain.Node.IncreaseTimeAsync(6);
        await suite.Distributor().AcceptRootRequestAndWaitForReceiptAsync();

        await using var pipeline = await RewardPipeline.StartAsync(chain, database, suite);
        await PolicyRegistry.AddAsync(pipeline.Indexer.Database, policy, CancellationToken.None);
        var (secondStart, secondEnd) = await WindowAsync(suite, (4, Code, 10));
        await FundEpochAsync(suite, 2, Tokens(10), secondStart, secondEnd, RewardPolicy.Hash(policy));

        RewardEpoch? second;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while ((second = await pipeline.Epochs.FindAsync(pipeline.Indexer.ChainId, 2, CancellationToken.None))?.Reason?.Contains("is not a tree stored here") != true)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(120), $"epoch 2 stayed {second?.Status} ({second?.Reason})");
            await chain.Node.MineAsync(1);
            await Task.Delay(200);
        }
        Assert.Equal(1UL, (await suite.Distributor().AcceptedRootQueryAsync()).Epoch);
        Assert.Equal(0UL, (await suite.Distributor().PendingRootQueryAsync()).AcceptAt);
    }

    [Fact]
    public async Task A_batch_above_the_gas_cap_is_split_until_it_fits_and_every_account_is_still_paid_exactly_once()
    {
        const ulong GasCap = 150_000;
        var suite = await chain.DeploySuiteAsync(new DeployParameters { Settler = chain.Address(RewardPipeline.Settler), DisputeWindowSeconds = 5 });
        await using var pipeline = await RewardPipeline.StartAsync(chain, database, suite,
            new PayoutOptions { BatchSize = 4, MaxBatchGas = GasCap, RecheckInterval = TimeSpan.FromSeconds(1) });
        var policyHash = await PolicyRegistry.AddAsync(pipeline.Indexer.Database, new RewardPolicy { Weights = new() { ["code"] = 1 } }, CancellationToken.None);
        await suite.Token().DelegateRequestAndWaitForReceiptAsync(chain.Address(0));
        var windowStart = await chain.LatestTimestampAsync() + 1;
        await chain.Node.IncreaseTimeAsync(1);
        await RecordAsync(suite, (3, Code, 10), (4, Code, 20), (5, Code, 30), (6, Code, 40), (7, Code, 50));
        var windowEnd = await chain.LatestTimestampAsync() + 1;
        await chain.Node.IncreaseTimeAsync(5);

        await FundEpochAsync(suite, 1, Tokens(150), windowStart, windowEnd, policyHash);
        await pipeline.WaitForAsync(1, EpochStatus.Posted);
        await chain.Node.IncreaseTimeAsync(6);
        await pipeline.WaitForAsync(1, EpochStatus.Paid, () => chain.Node.MineAsync(1));

        foreach (var (account, units) in new[] { (3, 10), (4, 20), (5, 30), (6, 40), (7, 50) })
        {
            Assert.Equal(Tokens(units), await suite.Distributor().ClaimedQueryAsync(chain.Address(account)));
        }
        await using var command = pipeline.Indexer.Database.CreateCommand(
            "SELECT transaction_hash FROM chain_transactions WHERE operation LIKE 'rewards/payout/%' AND status = 'mined'");
        var payouts = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) payouts.Add("0x" + Convert.ToHexStringLower((byte[])reader[0]));
        }
        // Two batches of at most 4 leaves would have done without the cap; each transaction sent stayed under it.
        Assert.True(payouts.Count > 2, $"{payouts.Count} payout transactions");
        var receipts = chain.Web3For(0).Eth.Transactions.GetTransactionReceipt;
        foreach (var hash in payouts) Assert.True((await receipts.SendRequestAsync(hash)).GasUsed.Value <= GasCap);
    }

    /// <summary>A window of its own holding <paramref name="contributions"/>, already ended when this returns.</summary>
    private async Task<(ulong Start, ulong End)> WindowAsync(Suite suite, params (int Account, byte Kind, int Units)[] contributions)
    {
        var start = await chain.LatestTimestampAsync() + 1;
        await chain.Node.IncreaseTimeAsync(1);
        await RecordAsync(suite, contributions);
        var end = await chain.LatestTimestampAsync() + 1;
        await chain.Node.IncreaseTimeAsync(2);
        return (start, end);
    }

    private async Task RecordAsync(Suite suite, params (int Account, byte Kind, int Units)[] contributions)
    {
        foreach (var (account, kind, units) in contributions)
        {
            await suite.Registry().RecordRequestAndWaitForReceiptAsync(chain.Address(account), kind, units, new byte[32], Cid.RawCodec);
        }
    }

    private async Task FundEpochAsync(Suite suite, ulong epoch, BigInteger budget, ulong windowStart, ulong windowEnd, byte[] policyHash) =>
        await GovernanceCycle.PassAsync(chain, suite, 0, [0],
            [
                ProposalAction.Of(suite.TokenAddress, new GovToken.ApproveFunction { Spender = suite.DistributorAddress, Value = budget }),
                ProposalAction.Of(suite.DistributorAddress, new FundEpochFunction
                {
                    Epoch = epoch, Budget = budget, WindowStart = windowStart, WindowEnd = windowEnd, PolicyHash = policyHash,
                }),
            ], $"# Fund epoch {epoch}");

    private static async Task<Dictionary<string, BigInteger>> AllocationsAsync(RewardPipeline pipeline, ulong epoch)
    {
        await using var command = pipeline.Indexer.Database.CreateCommand(
            "SELECT account, amount FROM reward_allocations WHERE chain_id = $1 AND epoch = $2 AND amount > 0");
        command.Parameters.AddWithValue(pipeline.Indexer.ChainId);
        command.Parameters.AddWithValue((long)epoch);
        await using var reader = await command.ExecuteReaderAsync();
        var allocations = new Dictionary<string, BigInteger>();
        while (await reader.ReadAsync()) allocations["0x" + Convert.ToHexStringLower((byte[])reader[0])] = reader.GetFieldValue<BigInteger>(1);
        return allocations;
    }

    /// <summary>Token balances of accounts 0, 1, 4, 5, 6, 7 and of the distributor (key -1).</summary>
    private async Task<Dictionary<int, BigInteger>> BalancesAsync(Suite suite)
    {
        var balances = new Dictionary<int, BigInteger>();
        foreach (var account in new[] { 0, 1, 4, 5, 6, 7 }) balances[account] = await suite.Token().BalanceOfQueryAsync(chain.Address(account));
        balances[-1] = await suite.Token().BalanceOfQueryAsync(suite.DistributorAddress);
        return balances;
    }

    private static Dictionary<int, BigInteger> Difference(Dictionary<int, BigInteger> before, Dictionary<int, BigInteger> after) =>
        after.ToDictionary(a => a.Key, a => a.Value - before[a.Key]);

}
