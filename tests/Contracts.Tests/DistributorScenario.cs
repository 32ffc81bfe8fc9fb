using System.Numerics;
using GovernanceRewards.Chain.Deployment;
using GovernanceRewards.Rewards.Merkle;
using GovernanceRewards.Testing;
using Nethereum.RPC.Eth.DTOs;
using Distributor = GovernanceRewards.Chain.Bindings.RewardDistributor.ContractDefinition;
using Token = GovernanceRewards.Chain.Bindings.GovToken.ContractDefinition;

namespace GovernanceRewards.Contracts.Tests;

/// <summary>A suite whose distributor is funded by the treasury, with helpers to settle trees and claim.</summary>
internal sealed class DistributorScenario(ChainFixture chain, Suite suite)
{
    public const ulong DisputeWindow = 3600;
    public const ulong MinDisputeWindow = 600;

    public Suite Suite => suite;

    public static async Task<DistributorScenario> StartAsync(ChainFixture chain, params (ulong Epoch, BigInteger Budget)[] epochs)
    {
        var parameters = new DeployParameters { DisputeWindowSeconds = DisputeWindow, MinDisputeWindowSeconds = MinDisputeWindow };
        var scenario = new DistributorScenario(chain, await chain.DeploySuiteAsync(parameters));
        foreach (var (epoch, budget) in epochs) await scenario.FundAsync(epoch, budget);
        return scenario;
    }

    /// <summary>Funds <paramref name="epoch"/> for [epoch·1000, epoch·1000 + 1000): consecutive windows long past, so
    /// epochs funded in order are accepted and their roots can be posted at once.</summary>
    public Task<TransactionReceipt> FundAsync(ulong epoch, BigInteger budget) =>
        FundAsync(epoch, budget, epoch * 1_000, epoch * 1_000 + 1_000);

    public async Task<TransactionReceipt> FundAsync(ulong epoch, BigInteger budget, ulong windowStart, ulong windowEnd)
    {
        await suite.AsTreasuryAsync(suite.TokenAddress, new Token.ApproveFunction { Spender = suite.DistributorAddress, Value = budget });
        return await suite.AsTreasuryAsync(suite.DistributorAddress, new Distributor.FundEpochFunction
        {
            Epoch = epoch, Budget = budget, WindowStart = windowStart, WindowEnd = windowEnd, PolicyHash = new byte[32],
        });
    }

    public StandardMerkleTree Tree(params (int Account, BigInteger Total)[] leaves) =>
        StandardMerkleTree.Of([.. leaves.Select(l => new RewardLeaf(chain.Address(l.Account), l.Total))]);

    public static BigInteger Sum(StandardMerkleTree tree) => tree.Values.Aggregate(BigInteger.Zero, (s, v) => s + v.CumulativeTotal);

    /// <summary>Posts <paramref name="tree"/> for <paramref name="epoch"/>, declaring the sum of its leaves unless told
    /// otherwise.</summary>
    public Task<TransactionReceipt> PostAsync(ulong epoch, StandardMerkleTree tree, BigInteger? declaredTotal = null) =>
        suite.Distributor().PostRootRequestAndWaitForReceiptAsync(epoch, tree.Root, declaredTotal ?? Sum(tree), $"ipfs://epoch-{epoch}");

    public async Task SettleAsync(ulong epoch, StandardMerkleTree tree, BigInteger? declaredTotal = null)
    {
        await PostAsync(epoch, tree, declaredTotal);
        await chain.Node.IncreaseTimeAsync(DisputeWindow);
    }

    /// <summary>Claims the leaf at <paramref name="index"/> of <paramref name="tree"/>, sent by <paramref name="sender"/>.</summary>
    public Task<TransactionReceipt> ClaimAsync(StandardMerkleTree tree, int index, int sender) =>
        suite.Distributor(sender).ClaimRequestAndWaitForReceiptAsync(
            tree.Values[index].Account, tree.Values[index].CumulativeTotal, [.. tree.GetProof(index)]);

    /// <summary>Claims the leaves at <paramref name="indices"/> of <paramref name="tree"/> with one multiproof.</summary>
    public Task<TransactionReceipt> ClaimManyAsync(StandardMerkleTree tree, int[] indices, int sender)
    {
        var multi = tree.GetMultiProof(indices);
        return suite.Distributor(sender).ClaimManyRequestAndWaitForReceiptAsync(
            [.. multi.Leaves.Select(l => l.Account)], [.. multi.Leaves.Select(l => l.CumulativeTotal)],
            [.. multi.Proof], [.. multi.ProofFlags]);
    }

    public Task<BigInteger> BalanceAsync(string account) => suite.Token().BalanceOfQueryAsync(account);
}
