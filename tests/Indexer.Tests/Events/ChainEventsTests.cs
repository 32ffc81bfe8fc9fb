using System.Numerics;
using GovernanceRewards.Chain;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Content;
using GovernanceRewards.Indexer.Events;
using GovernanceRewards.Indexer.Rpc;
using GovernanceRewards.Rewards.Merkle;
using GovernanceRewards.Testing;
using Nethereum.Contracts;
using Nethereum.Util;
using Distributor = GovernanceRewards.Chain.Bindings.RewardDistributor.ContractDefinition;
using Pool = GovernanceRewards.Chain.Bindings.StakingPool.ContractDefinition;
using Token = GovernanceRewards.Chain.Bindings.GovToken.ContractDefinition;

namespace GovernanceRewards.Indexer.Tests.Events;

public sealed class ChainEventsTests(ChainFixture chain, DatabaseFixture database) : IClassFixture<ChainFixture>, IClassFixture<DatabaseFixture>
{
    private static readonly BigInteger Ether = BigInteger.Pow(10, 18);

    [Fact]
    public async Task Every_event_the_backend_acts_on_is_stored_once_and_delivered_as_its_own_type_with_exact_values()
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

        var counts = await indexer.EventCountsAsync();
        Assert.All(counts, c => Assert.Equal((c.Event, c.OnChain, 0L), (c.Event, c.Stored, c.Raw)));
        Assert.Superset(new HashSet<string>
        {
            "ProposalCreated", "VoteCast", "ProposalQueued", "ProposalExecuted", "DelegateChanged", "DelegateVotesChanged", "ContributionRecorded",
            "EpochFunded", "RootPosted", "RootVetoed", "Claimed", "DisputeWindowSet", "Staked", "WithdrawalRequested", "RewardPaid", "Slashed",
        }, counts.Where(c => c.Stored > 0).Select(c => c.Event).ToHashSet());
        Assert.Equal(await indexer.ChainLogsAsync(), await indexer.StoredLogsAsync());
        Assert.Equal(0, await indexer.CountAsync("SELECT count(*) FROM undecodable_logs"));

        var received = indexer.Notifications().Received.OfType<ChainEvent>().ToList();
        Assert.Equal(counts.Sum(c => c.Stored), received.Count);
        Assert.Equal(budget, Assert.Single(received.OfType<EpochFunded>()).Budget);
        // Holder 3's 100 tokens in the withdrawal cooldown vote for nobody.
        Assert.Equal(3 * 20_000 * Ether - 100 * Ether, received.OfType<VoteCast>().Aggregate(BigInteger.Zero, (sum, v) => sum + v.Weight));
        var created = Assert.Single(received.OfType<ProposalCreated>());
        Assert.Equal("Fund epoch 1", created.Description.Split('\n')[0]);
        Assert.Equal([suite.TokenAddress, suite.DistributorAddress, suite.TokenAddress, suite.PoolAddress], created.Targets, StringComparer.OrdinalIgnoreCase);
        var data = Assert.Single(received.OfType<ContributionRecorded>(), c => c.Units == 250);
        Assert.Equal((chain.Address(4).ToLowerInvariant(), (byte)3, chain.Address(0).ToLowerInvariant()), (data.Contributor, data.Kind, data.Attester));
        Assert.Equal(Sha3Keccack.Current.CalculateHash([250]), data.EvidenceDigest);
        Assert.Equal(Cid.RawCodec, data.EvidenceCodec);
        Assert.Equal((400 * Ether, 400 * Ether), received.OfType<Claimed>().Select(c => (c.Amount, c.CumulativeTotal)).Single());
        Assert.Equal((1UL, "account 3 double counted"), received.OfType<RootVetoed>().Select(v => (v.Epoch, v.Reason)).Single());
        Assert.Equal(Ether, Assert.Single(received.OfType<Slashed>()).FromStake);
        Assert.Equal(120UL, Assert.Single(received.OfType<DisputeWindowSet>()).NewWindow);
        Assert.All(received, e => Assert.True(e.Location.BlockTimestamp > 0, $"{e.GetType().Name} has no block time"));
        // Events nothing acts on (a root accepted, a sweep, a stream funded) stay raw and reach no one.
        foreach (var name in new[] { "RootAccepted", "Swept", "RewardAdded" })
        {
            var topic = ContractArtifacts.Current.ByName.Values.SelectMany(a => a.Abi.Events).First(e => e.Name == name).Sha3Signature;
            Assert.Equal(1, await indexer.CountAsync($"SELECT count(*) FROM logs WHERE topic0 = '\\x{topic}'"));
        }
    }

    [Fact]
    public async Task A_log_that_does_not_match_its_events_ABI_is_kept_raw_and_reported()
    {
        var suite = await chain.DeploySuiteAsync();
        await using var indexer = await IndexerHarness.CreateAsync(chain, database, suite, initialRange: 1_000);
        var topic = ChainEventCatalog.Current.Named("ContributionRecorded")!.Topic;
        var malformed = new ChainLog(7, new byte[32], 1, 0, new byte[32], 0, new byte[20], [topic], new byte[5]);
        var cursor = (await indexer.Rpc.BlockAsync(1, CancellationToken.None))!;

        var undecodable = (await indexer.Store.CommitAsync([malformed], cursor, CancellationToken.None)).Undecodable;

        Assert.Equal(1, undecodable);
        Assert.Equal(1, await indexer.CountAsync("SELECT count(*) FROM logs"));
        Assert.Equal(0, await indexer.CountAsync("SELECT count(*) FROM outbox"));
        await using var command = indexer.Database.CreateCommand("SELECT reason FROM undecodable_logs");
        Assert.StartsWith("ContributionRecorded: ", (string)(await command.ExecuteScalarAsync())!, StringComparison.Ordinal);
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
            await suite.Registry(0).RecordRequestAndWaitForReceiptAsync(chain.Address(contributor), (byte)kind, units, Sha3Keccack.Current.CalculateHash(new byte[] { (byte)units }), Cid.RawCodec);
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
}
