using GovernanceRewards.Content;
using GovernanceRewards.Rewards.Merkle;
using Npgsql;

namespace GovernanceRewards.Rewards.Publication;

/// <summary>
/// Publishes an epoch's tree dump as a UnixFS file in the host's <see cref="ContentStore"/>, so the root's
/// <c>treeUri</c> can be <c>ipfs://&lt;cid&gt;</c>: anyone reading only the chain fetches the tree from any gateway
/// holding it and checks it against the CID. The dump is rebuilt from the stored tree each time, so a recomputed epoch
/// never points at a stale file; storing is idempotent.
/// </summary>
public sealed class TreePublisher(NpgsqlDataSource dataSource, ContentStore content)
{
    public async Task<Cid> PublishAsync(long chainId, ulong epoch, CancellationToken cancellationToken)
    {
        var tree = await TreeStore.ReadAsync(dataSource, chainId, epoch, cancellationToken);
        using var dump = new MemoryStream();
        await TreeDump.WriteAsync(tree, dump, cancellationToken);
        dump.Position = 0;
        var file = await content.AddAsync(dump, cancellationToken);
        await using var command = dataSource.CreateCommand("UPDATE reward_epochs SET tree_cid = $3 WHERE chain_id = $1 AND epoch = $2");
        command.Parameters.AddWithValue(chainId);
        command.Parameters.AddWithValue((long)epoch);
        command.Parameters.AddWithValue(file.Root.ToString());
        await command.ExecuteNonQueryAsync(cancellationToken);
        return file.Root;
    }
}
