using System.Numerics;
using GovernanceRewards.Contracts.Deployment;
using GovernanceRewards.Rewards.Merkle;
using GovernanceRewards.Testing;
using Nethereum.RPC.Eth.DTOs;
using Distributor = GovernanceRewards.Contracts.RewardDistributor.ContractDefinition;
using Token = GovernanceRewards.Contracts.GovToken.ContractDefinition;

namespace GovernanceRewards.Contracts.Tests;

/// <summary>A suite whose distributor is funded by the treasury, with helpers to settle trees and claim.</summary>
internal sealed class DistributorScenario(ChainFixture chain, Suite suite)
{
    public const ulong DisputeWindow = 3600;

    public Suite Suite => suite;

    public static async Task<DistributorScenario> StartAsync(ChainFixture chain, params (ulong Epoch, BigInteger Budget)[] epochs)
    {
        var scenario = new DistributorScenario(chain, await chain.DeploySuiteAsync(new DeployParameters { DisputeWindowSeconds = DisputeWindow }));
        foreach (var (epoch, budget) in epochs) await scenario.FundAsync(epoch, budget);
        return scenario;
    }

    public async Task FundAsync(ulong epoch, BigInteger budget)
    {
        await suite.AsTreasuryAsync(suite.TokenAddress, new Token.ApproveFunction { Spender = suite.DistributorAddress, Value = budget });
        await suite.AsTreasuryAsync(suite.DistributorAddress, new Distributor.FundEpochFunction
        {
            Epoch = epoch, Budget = budget, WindowStart = 1_000, WindowEnd = 2_000, PolicyHash = new byte[32],
        });
    }

    public StandardMerkleTree Tree(params (int Account, BigInteger Total)[] leaves) =>
        StandardMerkleTree.Of([.. leaves.Select(l => new RewardLeaf(chain.Address(l.Account), l.Total))]);

    public static BigInteger Sum(StandardMerkleTree tree) => tree.Values.Aggregate(BigInteger.Zero, (s, v) => s + v.CumulativeTotal);

    public Task<TransactionReceipt> PostAsync(ulong epoch, StandardMerkleTree tree) =>
        suite.Distributor().PostRootRequestAndWaitForReceiptAsync(epoch, tree.Root, Sum(tree), $"ipfs://epoch-{epoch}");

    public async Task SettleAsync(ulong epoch, StandardMerkleTree tree)
    {
        await PostAsync(epoch, tree);
        await chain.Node.IncreaseTimeAsync(DisputeWindow);
    }

    /// <summary>Claims the leaf at <paramref name="index"/> of <paramref name="tree"/>, sent by <paramref name="sender"/>.</summary>
    public Task<TransactionReceipt> ClaimAsync(StandardMerkleTree tree, int index, int sender) =>
        suite.Distributor(sender).ClaimRequestAndWaitForReceiptAsync(
            tree.Values[index].Account, tree.Values[index].CumulativeTotal, [.. tree.GetProof(index)]);

    public Task<BigInteger> BalanceAsync(string account) => suite.Token().BalanceOfQueryAsync(account);
}
