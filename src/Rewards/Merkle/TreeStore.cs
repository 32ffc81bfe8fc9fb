using System.Numerics;
using Nethereum.Hex.HexConvertors.Extensions;
using Npgsql;
using NpgsqlTypes;

namespace GovernanceRewards.Rewards.Merkle;

/// <summary>
/// Writes an epoch's tree to PostgreSQL (leaves with their tree index, nodes in 1 MiB chunks) and reads it back,
/// whole for payouts or one proof at a time without loading the tree.
/// </summary>
public static class TreeStore
{
    private const int HashSize = 32;
    public const int NodesPerChunk = 32_768;

    public static async Task WriteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long chainId, ulong epoch, StandardMerkleTree tree, CancellationToken cancellationToken)
    {
        await using (var clear = new NpgsqlBatch(connection, transaction))
        {
            foreach (var table in new[] { "reward_leaves", "reward_tree_chunks" })
            {
                var delete = new NpgsqlBatchCommand($"DELETE FROM {table} WHERE chain_id = $1 AND epoch = $2");
                delete.Parameters.AddWithValue(chainId);
                delete.Parameters.AddWithValue((long)epoch);
                clear.BatchCommands.Add(delete);
            }
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var leaves = await connection.BeginBinaryImportAsync(
            "COPY reward_leaves (chain_id, epoch, account, cumulative_total, value_index, tree_index) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            for (var i = 0; i < tree.Values.Count; i++)
            {
                await leaves.StartRowAsync(cancellationToken);
                await leaves.WriteAsync(chainId, NpgsqlDbType.Bigint, cancellationToken);
                await leaves.WriteAsync((long)epoch, NpgsqlDbType.Bigint, cancellationToken);
                await leaves.WriteAsync(tree.Values[i].Account.HexToByteArray(), NpgsqlDbType.Bytea, cancellationToken);
                await leaves.WriteAsync(tree.Values[i].CumulativeTotal, NpgsqlDbType.Numeric, cancellationToken);
                await leaves.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken);
                await leaves.WriteAsync(tree.TreeIndexOf(i), NpgsqlDbType.Integer, cancellationToken);
            }
            await leaves.CompleteAsync(cancellationToken);
        }
        await using (var chunks = await connection.BeginBinaryImportAsync(
            "COPY reward_tree_chunks (chain_id, epoch, chunk, nodes) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            var nodes = tree.Nodes;
            for (var chunk = 0; chunk * NodesPerChunk * HashSize < nodes.Length; chunk++)
            {
                var start = chunk * NodesPerChunk * HashSize;
                await chunks.StartRowAsync(cancellationToken);
                await chunks.WriteAsync(chainId, NpgsqlDbType.Bigint, cancellationToken);
                await chunks.WriteAsync((long)epoch, NpgsqlDbType.Bigint, cancellationToken);
                await chunks.WriteAsync(chunk, NpgsqlDbType.Integer, cancellationToken);
                await chunks.WriteAsync(nodes.Slice(start, Math.Min(NodesPerChunk * HashSize, nodes.Length - start)).ToArray(), NpgsqlDbType.Bytea, cancellationToken);
            }
            await chunks.CompleteAsync(cancellationToken);
        }
    }

    /// <summary>The whole tree of an epoch, as it was stored (nothing is hashed again).</summary>
    public static async Task<StandardMerkleTree> ReadAsync(NpgsqlDataSource dataSource, long chainId, ulong epoch, CancellationToken cancellationToken)
    {
        var values = new List<RewardLeaf>();
        var treeIndexes = new List<int>();
        await using (var command = dataSource.CreateCommand(
            "SELECT account, cumulative_total, tree_index FROM reward_leaves WHERE chain_id = $1 AND epoch = $2 ORDER BY value_index"))
        {
            command.Parameters.AddWithValue(chainId);
            command.Parameters.AddWithValue((long)epoch);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                values.Add(new RewardLeaf(((byte[])reader[0]).ToHex(true), reader.GetFieldValue<BigInteger>(1)));
                treeIndexes.Add(reader.GetInt32(2));
            }
        }
        using var nodes = new MemoryStream();
        await using (var command = dataSource.CreateCommand("SELECT nodes FROM reward_tree_chunks WHERE chain_id = $1 AND epoch = $2 ORDER BY chunk"))
        {
            command.Parameters.AddWithValue(chainId);
            command.Parameters.AddWithValue((long)epoch);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) nodes.Write((byte[])reader[0]);
        }
        return StandardMerkleTree.Restore(values, nodes.ToArray(), [.. treeIndexes]);
    }

    /// <summary>
    /// The leaf and proof of one account in an epoch's tree, read as a few 32-byte slices of the stored chunks
    /// (the tree is not loaded), with the root the epoch has posted (null before it has one); null when the account
    /// has no leaf.
    /// </summary>
    public static async Task<(RewardLeaf Leaf, IReadOnlyList<byte[]> Proof, byte[]? Root)?> ProofAsync(
        NpgsqlDataSource dataSource, long chainId, ulong epoch, string account, CancellationToken cancellationToken)
    {
        // One round trip: the leaf, its siblings' indexes up to the root (computed in SQL) and their 32-byte slices of
        // the stored chunks, plus the root the epoch has posted, if any. Proof lookups are the API's hottest read.
        await using var command = dataSource.CreateCommand(
            """
            WITH RECURSIVE leaf AS (
                SELECT cumulative_total, tree_index FROM reward_leaves WHERE chain_id = $1 AND epoch = $2 AND account = $3
            ), up(node, depth) AS (
                SELECT tree_index, 0 FROM leaf
                UNION ALL SELECT (node - 1) / 2, depth + 1 FROM up WHERE node > 0
            )
            SELECT leaf.cumulative_total,
                   (SELECT root FROM reward_epochs WHERE chain_id = $1 AND epoch = $2),
                   (SELECT array_agg(substring(c.nodes FROM (s.sibling % $4) * 32 + 1 FOR 32) ORDER BY s.depth)
                    FROM (SELECT depth, CASE WHEN node % 2 = 1 THEN node + 1 ELSE node - 1 END AS sibling FROM up WHERE node > 0) s
                    JOIN reward_tree_chunks c ON c.chain_id = $1 AND c.epoch = $2 AND c.chunk = s.sibling / $4)
            FROM leaf
            """);
        command.Parameters.AddWithValue(chainId);
        command.Parameters.AddWithValue((long)epoch);
        command.Parameters.AddWithValue(account.HexToByteArray());
        command.Parameters.AddWithValue(NodesPerChunk);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        var proof = reader.IsDBNull(2) ? [] : reader.GetFieldValue<byte[][]>(2);
        return (new RewardLeaf(account, reader.GetFieldValue<BigInteger>(0)), proof, reader.IsDBNull(1) ? null : (byte[])reader[1]);
    }
}
