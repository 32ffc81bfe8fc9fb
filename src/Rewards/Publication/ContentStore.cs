using GovernanceRewards.Content;
using Npgsql;

namespace GovernanceRewards.Rewards.Publication;

/// <summary>
/// The host's copy of the content it publishes, block by block in <c>content_blocks</c>. Adding is idempotent (a block
/// already stored is left as is) and atomic per file: a crash leaves either every block of a file or none.
/// </summary>
public sealed class ContentStore(NpgsqlDataSource dataSource)
{
    private const int BlocksPerBatch = 16;

    /// <summary>Imports <paramref name="content"/> as a UnixFS file and stores its blocks; returns its root CID.</summary>
    public async Task<ImportedFile> AddAsync(Stream content, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var batch = new List<ContentBlock>(BlocksPerBatch);
        var file = await UnixFs.ImportAsync(content, async (block, token) =>
        {
            batch.Add(block);
            if (batch.Count == BlocksPerBatch) await InsertAsync(connection, transaction, batch, token);
        }, cancellationToken);
        await InsertAsync(connection, transaction, batch, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return file;
    }

    /// <summary>The block's bytes, or null when this host does not hold it.</summary>
    public async ValueTask<ReadOnlyMemory<byte>?> GetAsync(Cid cid, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT data FROM content_blocks WHERE cid = $1");
        command.Parameters.AddWithValue(cid.ToBytes());
        // Spelled out: a null byte[] would convert to an empty block, not to "not held".
        if (await command.ExecuteScalarAsync(cancellationToken) is not byte[] data) return null;
        return new ReadOnlyMemory<byte>(data);
    }

    private static async Task InsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, List<ContentBlock> blocks, CancellationToken cancellationToken)
    {
        if (blocks.Count == 0) return;
        await using var insert = new NpgsqlBatch(connection, transaction);
        foreach (var block in blocks)
        {
            var command = new NpgsqlBatchCommand("INSERT INTO content_blocks (cid, data) VALUES ($1, $2) ON CONFLICT (cid) DO NOTHING");
            command.Parameters.AddWithValue(block.Cid.ToBytes());
            command.Parameters.AddWithValue(block.Data.ToArray());
            insert.BatchCommands.Add(command);
        }
        await insert.ExecuteNonQueryAsync(cancellationToken);
        blocks.Clear();
    }
}
