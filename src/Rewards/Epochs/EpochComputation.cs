using System.Globalization;
using System.Numerics;
using GovernanceRewards.Rewards.Allocation;
using GovernanceRewards.Rewards.Merkle;
using Nethereum.Hex.HexConvertors.Extensions;
using Npgsql;
using NpgsqlTypes;

namespace GovernanceRewards.Rewards.Epochs;

/// <summary>
/// Writes what <see cref="ComputeEpochJob"/> produced, in its transaction: the epoch's allocations (what each account
/// earned and why, table <c>reward_allocations</c>), then the tree of its cumulative leaves with every node. The
/// allocations' binary COPY costs PostgreSQL one core and this process little, so the tree is built on the other
/// cores meanwhile instead of before it (measured by <c>bench/rewards-bench</c>).
/// </summary>
public static class EpochComputation
{
    /// <summary>
    /// The tree written, or null when <paramref name="leaves"/> is empty (no earner, nothing to post).
    /// </summary>
    public static async Task<StandardMerkleTree?> WriteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long chainId, ulong epoch,
        IReadOnlyList<ContributorActivity> activity, EpochSplit result, IReadOnlyList<RewardLeaf> leaves,
        CancellationToken cancellationToken)
    {
        var building = leaves.Count == 0
            ? Task.FromResult<StandardMerkleTree?>(null)
            : Task.Run(() => (StandardMerkleTree?)StandardMerkleTree.Of(leaves), cancellationToken);
        try
        {
            await WriteAllocationsAsync(connection, transaction, chainId, epoch, activity, result, cancellationToken);
        }
        catch
        {
            // The tree is not needed any more, but its failure (if any) must not go unobserved.
            await ((Task)building).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }
        var tree = await building;
        if (tree is not null)
        {
            await TreeStore.WriteAsync(connection, transaction, chainId, epoch, tree, cancellationToken);
        }
        return tree;
    }

    /// <summary>Replaces the epoch's allocations with <paramref name="result"/> (binary COPY).</summary>
    private static async Task WriteAllocationsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long chainId, ulong epoch,
        IReadOnlyList<ContributorActivity> activity, EpochSplit result, CancellationToken cancellationToken)
    {
        await using (var clear = new NpgsqlCommand(
            "DELETE FROM reward_allocations WHERE chain_id = $1 AND epoch = $2", connection, transaction))
        {
            clear.Parameters.AddWithValue(chainId);
            clear.Parameters.AddWithValue((long)epoch);
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }
        var byAccount = activity.ToDictionary(a => a.Account);
        await using var copy = await connection.BeginBinaryImportAsync(
            """
            COPY reward_allocations (chain_id, epoch, account, units, voting_weight, weighted_units, amount)
            FROM STDIN (FORMAT BINARY)
            """, cancellationToken);
        foreach (var allocation in result.Shares)
        {
            var done = byAccount[allocation.Account];
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(chainId, NpgsqlDbType.Bigint, cancellationToken);
            await copy.WriteAsync((long)epoch, NpgsqlDbType.Bigint, cancellationToken);
            await copy.WriteAsync(allocation.Account.HexToByteArray(), NpgsqlDbType.Bytea, cancellationToken);
            await copy.WriteAsync(UnitsJson(done.Units), NpgsqlDbType.Jsonb, cancellationToken);
            await copy.WriteAsync(done.VotingWeight, NpgsqlDbType.Numeric, cancellationToken);
            await copy.WriteAsync(allocation.WeightedUnits, NpgsqlDbType.Numeric, cancellationToken);
            await copy.WriteAsync(allocation.Amount, NpgsqlDbType.Numeric, cancellationToken);
        }
        await copy.CompleteAsync(cancellationToken);
    }

    /// <summary>
    /// {"kind":"units",...}: kinds are fixed identifiers and units decimal digits, so nothing needs escaping.
    /// </summary>
    private static string UnitsJson(IReadOnlyDictionary<string, BigInteger> units) =>
        "{" + string.Join(",", units.Select(u => $"\"{u.Key}\":\"{u.Value.ToString(CultureInfo.InvariantCulture)}\""))
        + "}";
}
