using GovernanceRewards.Rewards.Allocation;
using GovernanceRewards.Rewards.Merkle;
using Npgsql;

namespace GovernanceRewards.Rewards.Epochs;

/// <summary>
/// Writes what computing an epoch produced, in the caller's transaction: its allocations, then the tree of its
/// cumulative leaves with every node. The allocations' binary COPY costs PostgreSQL one core and this process little,
/// so the tree is built on the other cores meanwhile instead of before it (measured by <c>bench/rewards-bench</c>).
/// </summary>
public static class EpochComputation
{
    /// <summary>The tree written, or null when <paramref name="leaves"/> is empty (no earner, nothing to post).</summary>
    public static async Task<StandardMerkleTree?> WriteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long chainId, ulong epoch, IReadOnlyList<ContributorActivity> activity,
        EpochSplit result, IReadOnlyList<RewardLeaf> leaves, CancellationToken cancellationToken)
    {
        var building = leaves.Count == 0
            ? Task.FromResult<StandardMerkleTree?>(null)
            : Task.Run(() => (StandardMerkleTree?)StandardMerkleTree.Of(leaves), cancellationToken);
        try
        {
            await AllocationStore.WriteAsync(connection, transaction, chainId, epoch, activity, result, cancellationToken);
        }
        catch
        {
            // The tree is not needed any more, but its failure (if any) must not go unobserved.
            await ((Task)building).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }
        var tree = await building;
        if (tree is not null) await TreeStore.WriteAsync(connection, transaction, chainId, epoch, tree, cancellationToken);
        return tree;
    }
}
