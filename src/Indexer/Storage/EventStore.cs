using GovernanceRewards.Indexer.Events;
using GovernanceRewards.Indexer.Rpc;
using Npgsql;
using NpgsqlTypes;

namespace GovernanceRewards.Indexer.Storage;

/// <summary>The last block indexed completely.</summary>
public sealed record Cursor(ulong BlockNumber, byte[] BlockHash);

/// <summary>
/// What a commit stored: how many logs of a known event could not be decoded (kept raw, reported), and the events it
/// wrote, numbered for delivery, so they can be delivered without reading them back; null when the database numbered
/// them (a range committed again), and the publisher reads them from the outbox instead.
/// </summary>
public sealed record CommittedRange(int Undecodable, IReadOnlyList<ChainEvent>? Events);

/// <summary>
/// Writes what the indexer read. A range's logs, their blocks and the cursor move in one transaction, so a crash at
/// any point leaves either all of the range or none of it; a retried range inserts nothing twice.
/// </summary>
public sealed class EventStore(NpgsqlDataSource dataSource, long chainId)
{
    public async Task<Cursor?> CursorAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT block_number, block_hash FROM cursors WHERE chain_id = $1");
        command.Parameters.AddWithValue(chainId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new Cursor((ulong)reader.GetInt64(0), (byte[])reader[1]) : null;
    }

    /// <summary>
    /// Stores <paramref name="logs"/> and <paramref name="cursorBlock"/>, and moves the cursor to it. Each event the
    /// backend acts on is stored once, as its outbox row (the raw log with its delivery number, which is what delivery
    /// and audit read); every other log is stored raw in <c>logs</c>.
    /// </summary>
    /// <remarks>
    /// Rows are copied straight into their tables: since the cursor moves in the same transaction, a range the indexer
    /// reads is never stored yet. A range committed again anyway (by hand, or by an indexer that lost its lease
    /// mid-step) hits the unique keys and is written again through staging tables, skipping what is stored: slower
    /// (measured: the staging copies and inserts took half of a commit), but never twice.
    /// </remarks>
    public Task<CommittedRange> CommitAsync(IReadOnlyList<ChainLog> logs, BlockHeader cursorBlock, CancellationToken cancellationToken) =>
        CommitAsync(DecodedRange.Of(logs, chainId), cursorBlock, cancellationToken);

    /// <inheritdoc cref="CommitAsync(IReadOnlyList{ChainLog}, BlockHeader, CancellationToken)"/>
    public async Task<CommittedRange> CommitAsync(DecodedRange range, BlockHeader cursorBlock, CancellationToken cancellationToken)
    {
        try
        {
            return await CommitAsync(range, cursorBlock, skipStored: false, cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return await CommitAsync(range, cursorBlock, skipStored: true, cancellationToken);
        }
    }

    private async Task<CommittedRange> CommitAsync(DecodedRange range, BlockHeader cursorBlock, bool skipStored, CancellationToken cancellationToken)
    {
        var logs = range.Logs;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (range.Raw.Count > 0)
        {
            await CopyAsync(connection, "logs", $"{LocationColumns}, transaction_index, address, topic0, topic1, topic2, topic3, data", skipStored,
                async (import, ct) =>
                {
                    foreach (var log in range.Raw)
                    {
                        await StartRowAsync(import, log, ct);
                        await import.WriteAsync(log.TransactionIndex, NpgsqlDbType.Integer, ct);
                        await import.WriteAsync(log.Address, NpgsqlDbType.Bytea, ct);
                        await WriteTopicsAsync(import, log, ct);
                        await import.WriteAsync(log.Data, NpgsqlDbType.Bytea, ct);
                    }
                }, cancellationToken);
        }
        var events = await CopyOutboxAsync(connection, range.Events, skipStored, cancellationToken);

        var blocks = logs.GroupBy(l => l.BlockNumber)
            .Select(g => (Number: g.Key, g.First().BlockHash, ParentHash: (byte[]?)null, Timestamp: g.First().BlockTimestamp ?? (range.BlockTimestamps.TryGetValue(g.Key, out var t) ? t : (ulong?)null)))
            .Where(b => b.Number != cursorBlock.Number)
            .Append((cursorBlock.Number, cursorBlock.Hash, cursorBlock.ParentHash, (ulong?)cursorBlock.Timestamp));
        await using (var batch = new NpgsqlBatch(connection, transaction))
        {
            foreach (var (log, reason) in range.Undecodable)
            {
                batch.BatchCommands.Add(Command(
                    "INSERT INTO undecodable_logs (chain_id, block_number, block_hash, log_index, reason) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
                    chainId, (long)log.BlockNumber, log.BlockHash, log.LogIndex, reason));
            }
            foreach (var (number, hash, parentHash, timestamp) in blocks)
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand(
                    """
                    INSERT INTO blocks (chain_id, number, hash, parent_hash, timestamp) VALUES ($1, $2, $3, $4, $5)
                    ON CONFLICT (chain_id, number) DO UPDATE
                    SET hash = excluded.hash, parent_hash = COALESCE(excluded.parent_hash, blocks.parent_hash),
                        timestamp = COALESCE(excluded.timestamp, blocks.timestamp)
                    """)
                {
                    Parameters =
                    {
                        new() { Value = chainId },
                        new() { Value = (long)number },
                        new() { Value = hash },
                        new() { Value = (object?)parentHash ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bytea },
                        new() { Value = timestamp is { } t ? (long)t : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bigint },
                    },
                });
            }
            batch.BatchCommands.Add(new NpgsqlBatchCommand(
                """
                INSERT INTO cursors (chain_id, block_number, block_hash) VALUES ($1, $2, $3)
                ON CONFLICT (chain_id) DO UPDATE SET block_number = excluded.block_number, block_hash = excluded.block_hash, updated_at = now()
                """)
            {
                Parameters = { new() { Value = chainId }, new() { Value = (long)cursorBlock.Number }, new() { Value = cursorBlock.Hash } },
            });
            await batch.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new CommittedRange(range.Undecodable.Count, events);
        }
    }

    /// <summary>Stored block hashes from <paramref name="atOrBelow"/> downwards, newest first: the candidates for a fork point.</summary>
    public async Task<IReadOnlyList<(ulong Number, byte[] Hash)>> BlocksDescendingAsync(ulong atOrBelow, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT number, hash FROM blocks WHERE chain_id = $1 AND number <= $2 ORDER BY number DESC");
        command.Parameters.AddWithValue(chainId);
        command.Parameters.AddWithValue((long)atOrBelow);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var blocks = new List<(ulong, byte[])>();
        while (await reader.ReadAsync(cancellationToken)) blocks.Add(((ulong)reader.GetInt64(0), (byte[])reader[1]));
        return blocks;
    }

    /// <summary>
    /// Deletes everything stored above <paramref name="forkPoint"/> and moves the cursor back to it, atomically; with
    /// no fork point (nothing stored survived) the chain's data and cursor are cleared. Returns the logs deleted (raw and
    /// decoded).
    /// </summary>
    public async Task<int> RollBackAsync(Cursor? forkPoint, CancellationToken cancellationToken)
    {
        var above = forkPoint is null ? -1 : (long)forkPoint.BlockNumber;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction);
        batch.BatchCommands.Add(Command("DELETE FROM logs WHERE chain_id = $1 AND block_number > $2", chainId, above));
        batch.BatchCommands.Add(Command("DELETE FROM blocks WHERE chain_id = $1 AND number > $2", chainId, above));
        batch.BatchCommands.Add(Command("DELETE FROM undecodable_logs WHERE chain_id = $1 AND block_number > $2", chainId, above));
        // The orphaned events go; those already delivered are undone by the rollback notice, which is delivered after them.
        batch.BatchCommands.Add(Command("DELETE FROM outbox WHERE chain_id = $1 AND block_number > $2", chainId, above));
        batch.BatchCommands.Add(Command(
            "INSERT INTO outbox (chain_id, kind, block_number) VALUES ($1, $2, $3)",
            chainId, Notifications.OutboxPublisher.RollbackKind, Math.Max(above, 0L)));
        batch.BatchCommands.Add(forkPoint is null
            ? Command("DELETE FROM cursors WHERE chain_id = $1", chainId)
            : Command("UPDATE cursors SET block_number = $2, block_hash = $3, updated_at = now() WHERE chain_id = $1", chainId, above, forkPoint.BlockHash));
        await batch.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return batch.BatchCommands[0].RecordsAffected + batch.BatchCommands[3].RecordsAffected;
    }

    /// <summary>
    /// One outbox row per decoded event, in chain order: notifications are delivered by id. The ids are taken from the
    /// outbox's sequence first, so the events are numbered without reading them back; a range committed again lets the
    /// database number the rows it does not skip, and returns null.
    /// </summary>
    private async Task<IReadOnlyList<ChainEvent>?> CopyOutboxAsync(
        NpgsqlConnection connection, IReadOnlyList<(ChainLog Log, ChainEventType Type, ChainEvent Event)> events, bool skipStored, CancellationToken cancellationToken)
    {
        if (events.Count == 0) return [];
        var ids = new long[events.Count];
        if (!skipStored)
        {
            await using var next = new NpgsqlCommand("SELECT nextval(pg_get_serial_sequence('outbox', 'id')) FROM generate_series(1, $1)", connection);
            next.Parameters.AddWithValue(ids.Length);
            await using var reader = await next.ExecuteReaderAsync(cancellationToken);
            for (var i = 0; await reader.ReadAsync(cancellationToken); i++) ids[i] = reader.GetInt64(0);
        }
        await CopyAsync(connection, "outbox", $"{(skipStored ? "" : "id, ")}{LocationColumns}, kind, block_timestamp, contract, topic0, topic1, topic2, topic3, data", skipStored,
            async (import, ct) =>
            {
                for (var i = 0; i < events.Count; i++)
                {
                    var (log, type, notification) = events[i];
                    await import.StartRowAsync(ct);
                    if (!skipStored) await import.WriteAsync(ids[i], NpgsqlDbType.Bigint, ct);
                    await WriteLocationAsync(import, log, ct);
                    await import.WriteAsync(type.Name, NpgsqlDbType.Text, ct);
                    await import.WriteAsync((long)notification.Location.BlockTimestamp, NpgsqlDbType.Bigint, ct);
                    await import.WriteAsync(log.Address, NpgsqlDbType.Bytea, ct);
                    await WriteTopicsAsync(import, log, ct);
                    await import.WriteAsync(log.Data, NpgsqlDbType.Bytea, ct);
                }
            }, cancellationToken);
        return skipStored ? null : [.. events.Select((e, i) => e.Event with { Location = e.Event.Location with { DeliveryId = ids[i] } })];
    }

    /// <summary>The four topic columns, null where the log has fewer.</summary>
    private static async Task WriteTopicsAsync(NpgsqlBinaryImporter import, ChainLog log, CancellationToken cancellationToken)
    {
        for (var topic = 0; topic < 4; topic++)
        {
            if (topic < log.Topics.Length) await import.WriteAsync(log.Topics[topic], NpgsqlDbType.Bytea, cancellationToken);
            else await import.WriteNullAsync(cancellationToken);
        }
    }

    /// <summary>The columns every copied row starts with: the chain and where its log sits in it.</summary>
    private const string LocationColumns = "chain_id, block_number, block_hash, log_index, transaction_hash";

    private async Task StartRowAsync(NpgsqlBinaryImporter import, ChainLog log, CancellationToken cancellationToken)
    {
        await import.StartRowAsync(cancellationToken);
        await WriteLocationAsync(import, log, cancellationToken);
    }

    private async Task WriteLocationAsync(NpgsqlBinaryImporter import, ChainLog log, CancellationToken cancellationToken)
    {
        await import.WriteAsync(chainId, NpgsqlDbType.Bigint, cancellationToken);
        await import.WriteAsync((long)log.BlockNumber, NpgsqlDbType.Bigint, cancellationToken);
        await import.WriteAsync(log.BlockHash, NpgsqlDbType.Bytea, cancellationToken);
        await import.WriteAsync(log.LogIndex, NpgsqlDbType.Integer, cancellationToken);
        await import.WriteAsync(log.TransactionHash, NpgsqlDbType.Bytea, cancellationToken);
    }

    /// <summary>
    /// Binary COPY of rows into <paramref name="table"/>; with <paramref name="skipStored"/>, into a staging copy of its
    /// columns first, then one insert (in chain order) that skips rows already stored.
    /// </summary>
    private static async Task CopyAsync(
        NpgsqlConnection connection, string table, string columns, bool skipStored, Func<NpgsqlBinaryImporter, CancellationToken, Task> writeRows,
        CancellationToken cancellationToken)
    {
        var target = skipStored ? "staging_" + table : table;
        if (skipStored)
        {
            await ExecuteAsync(connection, $"CREATE TEMP TABLE {target} ON COMMIT DROP AS SELECT {columns} FROM {table} WITH NO DATA", cancellationToken);
        }
        await using (var import = await connection.BeginBinaryImportAsync($"COPY {target} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            await writeRows(import, cancellationToken);
            await import.CompleteAsync(cancellationToken);
        }
        if (skipStored)
        {
            await ExecuteAsync(connection,
                $"INSERT INTO {table} ({columns}) SELECT {columns} FROM {target} ORDER BY block_number, log_index ON CONFLICT DO NOTHING", cancellationToken);
        }
    }

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value });
        return command;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
