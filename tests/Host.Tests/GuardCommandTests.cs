using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Chain.Bindings.RewardDistributor.ContractDefinition;
using GovernanceRewards.Content;
using GovernanceRewards.Rewards.Merkle;
using GovernanceRewards.Rewards.Policy;
using GovernanceRewards.Testing;
using GovToken = GovernanceRewards.Chain.Bindings.GovToken.ContractDefinition;

namespace GovernanceRewards.Host.Tests;

public sealed class GuardCommandTests(ChainFixture chain) : IClassFixture<ChainFixture>
{
    private const int Settler = 8, Guardian = 9;

    [Fact]
    public async Task Guard_reports_a_forged_root_without_a_key_and_vetoes_it_with_the_guardians_key()
    {
        var suite = await chain.DeploySuiteAsync(new DeployParameters
        {
            Settler = chain.Address(Settler), Guardian = chain.Address(Guardian), DisputeWindowSeconds = 600,
        });
        var policy = new RewardPolicy { Weights = new() { ["code"] = 1 } };
        var policyFile = Path.Combine(Path.GetTempPath(), $"govrewards-guard-policy-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(policyFile, policy.ToCanonicalJson());
        var manifest = Path.Combine(Path.GetTempPath(), $"govrewards-guard-{Guid.NewGuid():N}.json");
        suite.Manifest.Save(manifest);
        await suite.Token().DelegateRequestAndWaitForReceiptAsync(chain.Address(0));
        var start = await chain.LatestTimestampAsync() + 1;
        await chain.Node.IncreaseTimeAsync(1);
        await suite.Registry().RecordRequestAndWaitForReceiptAsync(chain.Address(3), 4, 10, new byte[32], Cid.RawCodec);
        var end = await chain.LatestTimestampAsync() + 1;
        await chain.Node.IncreaseTimeAsync(2);
        var budget = DeployParameters.ToUnits(10);
        await GovernanceCycle.PassAsync(chain, suite, 0, [0],
        [
            ProposalAction.Of(suite.TokenAddress, new GovToken.ApproveFunction { Spender = suite.DistributorAddress, Value = budget }),
            ProposalAction.Of(suite.DistributorAddress, new FundEpochFunction
            {
                Epoch = 1, Budget = budget, WindowStart = start, WindowEnd = end, PolicyHash = RewardPolicy.Hash(policy),
            }),
        ], "# Fund epoch 1");
        // The honest tree gives account 3 everything; the forged one gives it to account 5.
        var forged = StandardMerkleTree.Of([new RewardLeaf(chain.Address(5).ToLowerInvariant(), budget)]);
        await suite.Distributor(Settler).PostRootRequestAndWaitForReceiptAsync(1, forged.Root, budget, "ipfs://forged");
        string[] guard = ["guard", "--manifest", manifest, "--rpc", chain.Node.RpcUrl.ToString(), "--policy", policyFile];

        var report = await GovRewardsProcess.RunAsync(new Dictionary<string, string?> { ["GOVREWARDS_KEY"] = null }, guard);
        var vetoed = await GovRewardsProcess.RunAsync(new Dictionary<string, string?> { ["GOVREWARDS_KEY"] = chain.Node.DevelopmentKeys[Guardian] }, guard);
        var after = await GovRewardsProcess.RunAsync(new Dictionary<string, string?> { ["GOVREWARDS_KEY"] = null }, guard);

        Assert.True(report.ExitCode == 3, report.Output + report.Error);
        Assert.Contains("epoch 1: DIFFERS (not vetoed, no guardian key): root 0x", report.Output, StringComparison.Ordinal);
        Assert.True(vetoed.ExitCode == 0, vetoed.Output + vetoed.Error);
        Assert.Contains("epoch 1: vetoed: root 0x", vetoed.Output, StringComparison.Ordinal);
        Assert.True(await suite.Distributor().IsVetoedQueryAsync(1, forged.Root));
        Assert.Equal("no root is pending", after.Output.Trim());
        Assert.DoesNotContain(chain.Node.DevelopmentKeys[Guardian][2..], vetoed.Output + vetoed.Error, StringComparison.OrdinalIgnoreCase);
        File.Delete(manifest);
        File.Delete(policyFile);
    }
}
