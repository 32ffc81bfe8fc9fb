using System.IO.Pipelines;
using GovernanceRewards.Content;
using GovernanceRewards.Rewards.Merkle;
using Nethereum.Hex.HexConvertors.Extensions;
using Npgsql;

namespace GovernanceRewards.Rewards.Publication;

/// <summary>
/// Publishes an epoch's tree dump as a UnixFS file in the host's <see cref="ContentStore"/>, so the root's
/// <c>treeUri</c> can be <c>ipfs://&lt;cid&gt;</c>: anyone reading only the chain fetches the tree from any gateway
/// holding it and checks it against the CID. The dump is rebuilt from the stored tree each time and must have the root
/// about to be posted, so a root never names another computation's tree; storing is idempotent.
/// </summary>
public sealed class TreePublisher(NpgsqlDataSource dataSource, ContentStore content)
{
    public async Task<Cid> PublishAsync(long chainId, ulong epoch, byte[] root, CancellationToken cancellationToken)
    {
        var tree = await TreeStore.ReadAsync(dataSource, chainId, epoch, cancellationToken);
        if (!tree.Root.AsSpan().SequenceEqual(root))
        {
            throw new InvalidOperationException(
                $"epoch {epoch}'s stored tree has root {tree.Root.ToHex(true)}, not {root.ToHex(true)}; it was recomputed meanwhile");
        }
        // The dump streams into the importer: a million-leaf tree is hundreds of megabytes of JSON, never held whole.
        var pipe = new Pipe();
        var writing = WriteAsync(tree, pipe.Writer, cancellationToken);
        ImportedFile file;
        try
        {
            file = await content.AddAsync(pipe.Reader.AsStream(), cancellationToken);
        }
        finally
        {
            await pipe.Reader.CompleteAsync();
            await writing;
        }
        return file.Root;
    }

    private static async Task WriteAsync(StandardMerkleTree tree, PipeWriter writer, CancellationToken cancellationToken)
    {
        try
        {
            await using (var stream = writer.AsStream(leaveOpen: true))
            {
                await TreeDump.WriteAsync(tree, stream, cancellationToken);
            }
            await writer.CompleteAsync();
        }
        catch (Exception e)
        {
            await writer.CompleteAsync(e);
        }
    }
}
