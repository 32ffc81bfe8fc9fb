using System.Numerics;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Chain.Bindings.RewardDistributor.ContractDefinition;
using GovernanceRewards.Content;
using GovernanceRewards.Rewards.Guardian;
using GovernanceRewards.Rewards.Merkle;
using GovernanceRewards.Rewards.Policy;
using GovernanceRewards.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using GovToken = GovernanceRewards.Chain.Bindings.GovToken.ContractDefinition;

namespace GovernanceRewards.Rewards.Tests.Guardian;

public sealed class RootWatchTests(ChainFixture chain) : IClassFixture<ChainFixture>
{
    private const int RogueSettler = 8, Guardian = 9;
    private const byte Code = 4;

    private static readonly RewardPolicy Policy = new() { Weights = new() { ["code"] = 1 } };

    [Fact]
    public async Task A_forged_root_from_a_rogue_settler_is_vetoed_before_its_window_ends_and_nothing_is_paid()
    {
        var suite = await chain.DeploySuiteAsync(new DeployParameters
        {
            Settler = chain.Address(RogueSettler), Guardian = chain.Address(Guardian), DisputeWindowSeconds = 600,
        });
        var budget = DeployParameters.ToUnits(1_000);
        await suite.Token().DelegateRequestAndWaitForReceiptAsync(chain.Address(0));
        var windowStart = await chain.LatestTimestampAsync() + 1;
        await chain.Node.IncreaseTimeAsync(1);
        foreach (var (account, units) in new[] { (3, 300), (4, 700) })
        {
            await suite.Registry().RecordRequestAndWaitForReceiptAsync(chain.Address(account), Code, units, new byte[32], Cid.RawCodec);
        }
        var windowEnd = await chain.LatestTimestampAsync() + 1;
        await chain.Node.IncreaseTimeAsync(5);
        await GovernanceCycle.PassAsync(chain, suite, 0, [0],
        [
            ProposalAction.Of(suite.TokenAddress, new GovToken.ApproveFunction { Spender = suite.DistributorAddress, Value = budget }),
            ProposalAction.Of(suite.DistributorAddress, new FundEpochFunction
            {
                Epoch = 1, Budget = budget, WindowStart = windowStart, WindowEnd = windowEnd, PolicyHash = RewardPolicy.Hash(Policy),
            }),
        ], "# Fund epoch 1");
        var watch = new RootWatch(new SuiteChain(chain.Web3For(Guardian), suite.Manifest), chain.Web3For(Guardian),
            (hash, _) => Task.FromResult(hash.SequenceEqual(RewardPolicy.Hash(Policy)) ? Policy : null), NullLogger<RootWatch>.Instance);
        VetoRoot veto = (epoch, _, reason, _) => suite.Distributor(Guardian).VetoRootRequestAndWaitForReceiptAsync(epoch, reason);

        // The honest tree pays 300 and 700; the rogue raises account 4 to take everything and understates the total.
        var honest = await watch.RecomputeAsync(1, CancellationToken.None);
        Assert.Equal(StandardMerkleTree.Of([Leaf(3, 300), Leaf(4, 700)]).Root, honest.Root);
        var forged = StandardMerkleTree.Of([Leaf(3, 300), Leaf(4, 1_000)]);
        await suite.Distributor(RogueSettler).PostRootRequestAndWaitForReceiptAsync(1, forged.Root, DeployParameters.ToUnits(900), "ipfs://forged");

        var check = await watch.CheckAsync(veto, CancellationToken.None);

        Assert.Equal((RootVerdict.Vetoed, 1UL), (check.Verdict, check.Epoch));
        Assert.True(await suite.Distributor().IsVetoedQueryAsync(1, forged.Root));
        Assert.Equal(0UL, (await suite.Distributor().PendingRootQueryAsync()).AcceptAt);
        await chain.Node.IncreaseTimeAsync(601);
        await chain.Node.MineAsync(1);
        var proof = forged.GetProof(forged.Values.ToList().FindIndex(l => string.Equals(l.Account, chain.Address(4), StringComparison.OrdinalIgnoreCase)));
        await Reverts.WithAsync<DistributorNoAcceptedRootError>(() =>
            suite.Distributor(4).ClaimRequestAndWaitForReceiptAsync(chain.Address(4), DeployParameters.ToUnits(1_000), [.. proof]));
        Assert.Equal(BigInteger.Zero, await suite.Distributor().ClaimedTotalQueryAsync());

        // The honest root, posted next, is left alone.
        await suite.Distributor(RogueSettler).PostRootRequestAndWaitForReceiptAsync(1, honest.Root, honest.Total, "ipfs://honest");
        Assert.Equal(RootVerdict.Agrees, (await watch.CheckAsync(veto, CancellationToken.None)).Verdict);
    }

    [Fact]
    public async Task A_root_the_guardian_cannot_check_is_left_alone_early_and_vetoed_by_half_its_window()
    {
        var suite = await chain.DeploySuiteAsync(new DeployParameters
        {
            Settler = chain.Address(RogueSettler), Guardian = chain.Address(Guardian), DisputeWindowSeconds = 600,
        });
        await suite.Token().DelegateRequestAndWaitForReceiptAsync(chain.Address(0));
        var now = await chain.LatestTimestampAsync();
        await GovernanceCycle.PassAsync(chain, suite, 0, [0],
        [
            ProposalAction.Of(suite.TokenAddress, new GovToken.ApproveFunction { Spender = suite.DistributorAddress, Value = 1 }),
            ProposalAction.Of(suite.DistributorAddress, new FundEpochFunction
            {
                Epoch = 1, Budget = 1, WindowStart = now - 10, WindowEnd = now - 5, PolicyHash = RewardPolicy.Hash(Policy),
            }),
        ], "# Fund epoch 1");
        await suite.Distributor(RogueSettler).PostRootRequestAndWaitForReceiptAsync(1, new byte[] { 1 }.Concat(new byte[31]).ToArray(), 1, "ipfs://x");
        // The guardian was not given the policy the epoch names, so it cannot recompute the root.
        var blind = new RootWatch(new SuiteChain(chain.Web3For(Guardian), suite.Manifest), chain.Web3For(Guardian),
            (_, _) => Task.FromResult<RewardPolicy?>(null), NullLogger<RootWatch>.Instance);
        VetoRoot veto = (epoch, _, reason, _) => suite.Distributor(Guardian).VetoRootRequestAndWaitForReceiptAsync(epoch, reason);

        await Assert.ThrowsAsync<RewardPolicyException>(() => blind.CheckAsync(veto, CancellationToken.None));
        Assert.NotEqual(0UL, (await suite.Distributor().PendingRootQueryAsync()).AcceptAt);
        await chain.Node.IncreaseTimeAsync(301);
        await chain.Node.MineAsync(1);
        var check = await blind.CheckAsync(veto, CancellationToken.None);

        Assert.Equal(RootVerdict.Vetoed, check.Verdict);
        Assert.StartsWith("could not be verified", check.Reason, StringComparison.Ordinal);
        Assert.Equal(0UL, (await suite.Distributor().PendingRootQueryAsync()).AcceptAt);
    }

    private RewardLeaf Leaf(int account, int tokens) => new(chain.Address(account).ToLowerInvariant(), DeployParameters.ToUnits(tokens));
}
