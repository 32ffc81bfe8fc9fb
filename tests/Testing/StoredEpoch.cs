using System.Numerics;
using GovernanceRewards.Rewards.Merkle;
using Npgsql;

namespace GovernanceRewards.Testing;

/// <summary>An epoch as the compute job leaves it: its tree and its root written in one transaction.</summary>
public static class StoredEpoch
{
    /// <summary>
    /// Stores <paramref name="tree"/> as the epoch's tree with its root and <paramref name="status"/> (budget and
    /// cumulative total are the leaves' sum), replacing an earlier computation; <paramref name="alongside"/> writes more
    /// rows in the same transaction.
    /// </summary>
    public static async Task WriteAsync(
        NpgsqlDataSource dataSource, long chainId, ulong epoch, StandardMerkleTree tree, string status = "posted",
        Func<NpgsqlConnection, NpgsqlTransaction, Task>? alongside = null)
    {
        var total = tree.Values.Aggregate(BigInteger.Zero, (sum, leaf) => sum + leaf.CumulativeTotal);
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var command = new NpgsqlCommand(
            """
            INSERT INTO reward_epochs (chain_id, epoch, budget, window_start, window_end, policy_hash, funded_block, status, root, cumulative_total, leaf_count)
            VALUES ($1, $2, $3, 1, 2, $4, 1, $5, $6, $3, $7)
            ON CONFLICT (chain_id, epoch) DO UPDATE
            SET status = excluded.status, root = excluded.root, cumulative_total = excluded.cumulative_total, leaf_count = excluded.leaf_count
            """, connection, transaction))
        {
            command.Parameters.AddWithValue(chainId);
            command.Parameters.AddWithValue((long)epoch);
            command.Parameters.AddWithValue(total);
            command.Parameters.AddWithValue(new byte[32]);
            command.Parameters.AddWithValue(status);
            command.Parameters.AddWithValue(tree.Root);
            command.Parameters.AddWithValue(tree.Values.Count);
            await command.ExecuteNonQueryAsync();
        }
        if (alongside is not null) await alongside(connection, transaction);
        await TreeStore.WriteAsync(connection, transaction, chainId, epoch, tree, CancellationToken.None);
        await transaction.CommitAsync();
    }
}
