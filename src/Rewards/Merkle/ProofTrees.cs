using System.Numerics;
using Microsoft.Extensions.Logging;
using Nethereum.Hex.HexConvertors.Extensions;
using Npgsql;

namespace GovernanceRewards.Rewards.Merkle;

/// <summary>
/// Serves proofs from the stored trees, holding the nodes of the trees asked for lately in memory. A proof is then one
/// indexed read of the leaf (its total, tree index and the epoch's root) and a walk up an array, instead of a
/// statement that slices the stored chunks (measured: the slicing statement, not HTTP, bounded the API's proof
/// lookups). A tree is loaded in the background the first time it is asked for, and proofs are read from the chunks
/// until it is in, so nobody waits for a load. Trees are keyed by their root, which names their content: a recomputed
/// epoch has another root, so an entry never goes stale. A tree costs 32 bytes per node (64 MB at 1,000,000 leaves);
/// beyond <c>capacity</c> trees the least recently used is dropped, and a capacity of 0 always reads the chunks.
/// </summary>
public sealed partial class ProofTrees(NpgsqlDataSource dataSource, long chainId, int capacity, ILogger<ProofTrees> logger) : IDisposable
{
    private const int HashSize = 32;

    private readonly Lock _gate = new();
    private readonly LinkedList<LoadedTree> _trees = new();
    private readonly CancellationTokenSource _stopping = new();

    private sealed record LoadedTree(string Root, Task<byte[]?> Nodes);

    /// <summary>The account's leaf and proof in the epoch's tree with the epoch's root; null without a leaf or a root.</summary>
    public async Task<(RewardLeaf Leaf, IReadOnlyList<byte[]> Proof, byte[] Root)?> ProofAsync(ulong epoch, string account, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT l.cumulative_total, l.tree_index, e.root, e.leaf_count
            FROM reward_leaves l JOIN reward_epochs e ON e.chain_id = l.chain_id AND e.epoch = l.epoch
            WHERE l.chain_id = $1 AND l.epoch = $2 AND l.account = $3 AND e.root IS NOT NULL
            """);
        command.Parameters.AddWithValue(chainId);
        command.Parameters.AddWithValue((long)epoch);
        command.Parameters.AddWithValue(account.HexToByteArray());
        BigInteger total;
        int treeIndex, leafCount;
        byte[] root;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken)) return null;
            (total, treeIndex, root, leafCount) = (reader.GetFieldValue<BigInteger>(0), reader.GetInt32(1), (byte[])reader[2], reader.GetInt32(3));
        }
        var leaf = new RewardLeaf(account, total);
        if (Nodes(epoch, root, leafCount) is { } nodes) return (leaf, Walk(nodes, treeIndex), root);
        return await TreeStore.ProofAsync(dataSource, chainId, epoch, account, cancellationToken) is { Root: { } stored } found
            ? (found.Leaf, found.Proof, stored)
            : null;
    }

    /// <summary>Whether the tree of <paramref name="root"/> is in memory (proofs from it no longer read the chunks).</summary>
    public bool Holds(byte[] root)
    {
        lock (_gate)
        {
            return _trees.Any(t => t.Root == root.ToHex() && t.Nodes.IsCompletedSuccessfully && t.Nodes.Result is not null);
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    /// <summary>The tree's nodes when they are in memory; otherwise starts loading them (once) and returns null.</summary>
    private byte[]? Nodes(ulong epoch, byte[] root, int leafCount)
    {
        if (capacity == 0) return null;
        var key = root.ToHex();
        lock (_gate)
        {
            for (var node = _trees.First; node is not null; node = node.Next)
            {
                if (node.Value.Root != key) continue;
                _trees.Remove(node);
                _trees.AddFirst(node);
                return node.Value.Nodes.IsCompletedSuccessfully ? node.Value.Nodes.Result : null;
            }
            if (_stopping.IsCancellationRequested) return null;
            var loading = new LoadedTree(key, Task.Run(() => LoadAsync(epoch, root, leafCount, _stopping.Token)));
            _trees.AddFirst(loading);
            while (_trees.Count > capacity) _trees.RemoveLast();
            _ = loading.Nodes.ContinueWith(
                loaded => { if (!loaded.IsCompletedSuccessfully || loaded.Result is null) Forget(loading); },
                CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            return null;
        }
    }

    /// <summary>Reads the stored chunks; null (and forgotten, so a later request retries) when they are not the root's tree.</summary>
    private async Task<byte[]?> LoadAsync(ulong epoch, byte[] root, int leafCount, CancellationToken cancellationToken)
    {
        var nodes = new byte[((long)2 * leafCount - 1) * HashSize];
        var filled = 0;
        await using (var command = dataSource.CreateCommand("SELECT nodes FROM reward_tree_chunks WHERE chain_id = $1 AND epoch = $2 ORDER BY chunk"))
        {
            command.Parameters.AddWithValue(chainId);
            command.Parameters.AddWithValue((long)epoch);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var chunk = (byte[])reader[0];
                if (filled + chunk.Length > nodes.Length) break;
                chunk.CopyTo(nodes, filled);
                filled += chunk.Length;
            }
        }
        if (filled != nodes.Length || !nodes.AsSpan(0, HashSize).SequenceEqual(root))
        {
            // The epoch was recomputed between reading its root and its chunks: the next request loads the new tree.
            LogReplaced(epoch, root.ToHex(true));
            return null;
        }
        LogLoaded(epoch, leafCount, root.ToHex(true));
        return nodes;
    }

    private void Forget(LoadedTree tree)
    {
        lock (_gate)
        {
            _trees.Remove(tree);
        }
        if (tree.Nodes.Exception is { } failure) LogLoadFailed(failure.GetBaseException());
    }

    /// <summary>The siblings from the node at <paramref name="treeIndex"/> up to the root (OpenZeppelin's array layout).</summary>
    private static byte[][] Walk(byte[] nodes, int treeIndex)
    {
        var proof = new List<byte[]>(32);
        for (var index = treeIndex; index > 0; index = (index - 1) / 2)
        {
            var sibling = index % 2 == 1 ? index + 1 : index - 1;
            proof.Add(nodes.AsSpan(sibling * HashSize, HashSize).ToArray());
        }
        return [.. proof];
    }

    [LoggerMessage(1, LogLevel.Information, "Epoch {Epoch}'s tree ({Leaves} leaves, root {Root}) is in memory for proofs")]
    private partial void LogLoaded(ulong epoch, int leaves, string root);

    [LoggerMessage(2, LogLevel.Information, "Epoch {Epoch}'s stored tree no longer has root {Root}; not kept")]
    private partial void LogReplaced(ulong epoch, string root);

    [LoggerMessage(3, LogLevel.Warning, "Loading a tree for proofs failed; proofs read the stored chunks until a later request loads it")]
    private partial void LogLoadFailed(Exception failure);
}
