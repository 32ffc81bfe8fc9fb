using System.Numerics;
using GovernanceRewards.Rewards.Policy;
using GovernanceRewards.Testing;
using Npgsql;
using Distributor = GovernanceRewards.Chain.Bindings.RewardDistributor.ContractDefinition;
using GovToken = GovernanceRewards.Chain.Bindings.GovToken.ContractDefinition;
using Registry = GovernanceRewards.Chain.Bindings.ContributionRegistry.ContractDefinition;

namespace GovernanceRewards.Host.Tests;

/// <summary>
/// An epoch the host settles by itself, as in production: the policy registered with the host, contributions recorded in
/// the epoch's window, then the epoch funded by the treasury (the host computes it and posts its root).
/// </summary>
internal static class FundedEpoch
{
    /// <summary>Code counts three times data; a tenth of the budget goes by voting weight cast.</summary>
    public static RewardPolicy Policy { get; } = new() { Weights = new() { ["data"] = 1, ["code"] = 3 }, ParticipationBasisPoints = 1_000 };

    /// <summary>Funds epoch 1 with <paramref name="budget"/> over a window holding <paramref name="contributions"/>; returns the policy hash.</summary>
    public static async Task<byte[]> FundAsync(
        ChainFixture chain, Suite suite, GovernanceServer server, BigInteger budget, params Registry.Contribution[] contributions)
    {
        byte[] policyHash;
        await using (var dataSource = NpgsqlDataSource.Create(server.ConnectionString))
        {
            policyHash = await PolicyRegistry.AddAsync(dataSource, Policy, CancellationToken.None);
        }
        var windowStart = await chain.LatestTimestampAsync() + 1;
        await chain.Node.IncreaseTimeAsync(1);
        await suite.Registry().RecordBatchRequestAndWaitForReceiptAsync([.. contributions]);
        var windowEnd = await chain.LatestTimestampAsync() + 1;
        await chain.Node.IncreaseTimeAsync(5);
        await suite.AsTreasuryAsync(suite.TokenAddress, new GovToken.ApproveFunction { Spender = suite.DistributorAddress, Value = budget });
        await suite.AsTreasuryAsync(suite.DistributorAddress, new Distributor.FundEpochFunction
        {
            Epoch = 1, Budget = budget, WindowStart = windowStart, WindowEnd = windowEnd, PolicyHash = policyHash,
        });
        return policyHash;
    }
}
