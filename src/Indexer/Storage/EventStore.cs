using GovernanceRewards.Indexer.Decoding;
using GovernanceRewards.Indexer.Rpc;
using Npgsql;
using NpgsqlTypes;

namespace GovernanceRewards.Indexer.Storage;

/// <summary>The last block indexed completely.</summary>
public sealed record Cursor(ulong BlockNumber, byte[] BlockHash);

/// <summary>
/// Writes what the indexer read. A range's logs, their blocks and the cursor move in one transaction, so a crash at
/// any point leaves either all of the range or none of it; a retried range inserts nothing twice.
/// </summary>
public sealed class EventStore(NpgsqlDataSource dataSource, long chainId)
{
    private static readonly EventCatalog Catalog = EventCatalog.Current;

    public async Task<Cursor?> CursorAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT block_number, block_hash FROM cursors WHERE chain_id = $1");
        command.Parameters.AddWithValue(chainId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new Cursor((ulong)reader.GetInt64(0), (byte[])reader[1]) : null;
    }

    /// <summary>
    /// Stores <paramref name="logs"/> (raw, and decoded into their event tables) and <paramref name="cursorBlock"/>, and
    /// moves the cursor to it. Returns how many logs of a known event could not be decoded (kept raw, reported).
    /// </summary>
    public async Task<int> CommitAsync(IReadOnlyList<ChainLog> logs, BlockHeader cursorBlock, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, "CREATE TEMP TABLE logs_staging (LIKE logs) ON COMMIT DROP", cancellationToken);
        await using (var import = await connection.BeginBinaryImportAsync(
            "COPY logs_staging (chain_id, block_number, block_hash, log_index, transaction_hash, transaction_index, address, topic0, topic1, topic2, topic3, data) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            foreach (var log in logs)
            {
                await import.StartRowAsync(cancellationToken);
                await import.WriteAsync(chainId, NpgsqlDbType.Bigint, cancellationToken);
                await import.WriteAsync((long)log.BlockNumber, NpgsqlDbType.Bigint, cancellationToken);
                await import.WriteAsync(log.BlockHash, NpgsqlDbType.Bytea, cancellationToken);
                await import.WriteAsync(log.LogIndex, NpgsqlDbType.Integer, cancellationToken);
                await import.WriteAsync(log.TransactionHash, NpgsqlDbType.Bytea, cancellationToken);
                await import.WriteAsync(log.TransactionIndex, NpgsqlDbType.Integer, cancellationToken);
                await import.WriteAsync(log.Address, NpgsqlDbType.Bytea, cancellationToken);
                for (var topic = 0; topic < 4; topic++)
                {
                    if (topic < log.Topics.Length) await import.WriteAsync(log.Topics[topic], NpgsqlDbType.Bytea, cancellationToken);
                    else await import.WriteNullAsync(cancellationToken);
                }
                await import.WriteAsync(log.Data, NpgsqlDbType.Bytea, cancellationToken);
            }
            await import.CompleteAsync(cancellationToken);
        }
        await ExecuteAsync(connection, "INSERT INTO logs SELECT * FROM logs_staging ON CONFLICT DO NOTHING", cancellationToken);

        var (decoded, undecodable) = Decode(logs);
        foreach (var group in decoded.GroupBy(d => d.Event.Table))
        {
            await CopyEventRowsAsync(connection, group.Key, [.. group], cancellationToken);
        }
        await CopyOutboxAsync(connection, decoded, cancellationToken);

        var blocks = logs.GroupBy(l => l.BlockNumber)
            .Select(g => (Number: g.Key, g.First().BlockHash, ParentHash: (byte[]?)null, Timestamp: g.First().BlockTimestamp))
            .Where(b => b.Number != cursorBlock.Number)
            .Append((cursorBlock.Number, cursorBlock.Hash, cursorBlock.ParentHash, (ulong?)cursorBlock.Timestamp));
        await using (var batch = new NpgsqlBatch(connection, transaction))
        {
            foreach (var (log, reason) in undecodable)
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
            return undecodable.Count;
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
    /// no fork point (nothing stored survived) the chain's data and cursor are cleared. Returns the logs deleted.
    /// </summary>
    public async Task<int> RollBackAsync(Cursor? forkPoint, CancellationToken cancellationToken)
    {
        var above = forkPoint is null ? -1 : (long)forkPoint.BlockNumber;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction);
        batch.BatchCommands.Add(Command("DELETE FROM logs WHERE chain_id = $1 AND block_number > $2", chainId, above));
        batch.BatchCommands.Add(Command("DELETE FROM blocks WHERE chain_id = $1 AND number > $2", chainId, above));
        foreach (var table in Catalog.TableNames.Append("undecodable_logs"))
        {
            batch.BatchCommands.Add(Command($"DELETE FROM {table} WHERE chain_id = $1 AND block_number > $2", chainId, above));
        }
        // Undelivered announcements of orphaned events are withdrawn; delivered ones are undone by the rollback notice.
        batch.BatchCommands.Add(Command("DELETE FROM outbox WHERE chain_id = $1 AND block_number > $2 AND published_at IS NULL", chainId, above));
        batch.BatchCommands.Add(Command(
            "INSERT INTO outbox (chain_id, kind, block_number, payload) VALUES ($1, $2, $3, '{}'::jsonb)",
            chainId, Notifications.OutboxPublisher.RollbackKind, Math.Max(above, 0L)));
        batch.BatchCommands.Add(forkPoint is null
            ? Command("DELETE FROM cursors WHERE chain_id = $1", chainId)
            : Command("UPDATE cursors SET block_number = $2, block_hash = $3, updated_at = now() WHERE chain_id = $1", chainId, above, forkPoint.BlockHash));
        await batch.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return batch.BatchCommands[0].RecordsAffected;
    }

    /// <summary>Decodes the logs of known events; a log that does not match its ABI stays raw and is reported instead.</summary>
    private static (List<(ChainLog Log, DecodedEvent Event)> Decoded, List<(ChainLog Log, string Reason)> Undecodable) Decode(IReadOnlyList<ChainLog> logs)
    {
        var decoded = new List<(ChainLog, DecodedEvent)>();
        var undecodable = new List<(ChainLog, string)>();
        foreach (var log in logs)
        {
            if (Catalog.TableOf(log) is not { } table) continue;
            try
            {
                decoded.Add((log, EventCatalog.Decode(table, log)));
            }
            catch (Exception e) when (e is FormatException or ArgumentException or InvalidCastException or IndexOutOfRangeException or OverflowException)
            {
                undecodable.Add((log, $"{table.Name}: {e.Message}"));
            }
        }
        return (decoded, undecodable);
    }

    /// <summary>Binary COPY into a staging table, then one insert that skips rows already stored (a retried range).</summary>
    private async Task CopyEventRowsAsync(
        NpgsqlConnection connection, EventTable table, IReadOnlyList<(ChainLog Log, DecodedEvent Event)> rows, CancellationToken cancellationToken)
    {
        var staging = "staging_" + table.Name;
        await ExecuteAsync(connection, $"CREATE TEMP TABLE {staging} (LIKE {table.Name}) ON COMMIT DROP", cancellationToken);
        var parameters = table.Abi.InputParameters;
        var columns = string.Join(", ", parameters.Select(p => $"\"{EventCatalog.SnakeCase(p.Name)}\""));
        var types = parameters.Select(p => ColumnType(p.Type)).ToArray();
        await using (var import = await connection.BeginBinaryImportAsync(
            $"COPY {staging} (chain_id, block_number, block_hash, log_index, transaction_hash, contract, {columns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var (log, decoded) in rows)
            {
                await import.StartRowAsync(cancellationToken);
                await import.WriteAsync(chainId, NpgsqlDbType.Bigint, cancellationToken);
                await import.WriteAsync((long)log.BlockNumber, NpgsqlDbType.Bigint, cancellationToken);
                await import.WriteAsync(log.BlockHash, NpgsqlDbType.Bytea, cancellationToken);
                await import.WriteAsync(log.LogIndex, NpgsqlDbType.Integer, cancellationToken);
                await import.WriteAsync(log.TransactionHash, NpgsqlDbType.Bytea, cancellationToken);
                await import.WriteAsync(log.Address, NpgsqlDbType.Bytea, cancellationToken);
                for (var i = 0; i < types.Length; i++)
                {
                    if (decoded.Values[i] is { } value) await import.WriteAsync(value, types[i], cancellationToken);
                    else await import.WriteNullAsync(cancellationToken);
                }
            }
            await import.CompleteAsync(cancellationToken);
        }
        await ExecuteAsync(connection, $"INSERT INTO {table.Name} SELECT * FROM {staging} ON CONFLICT DO NOTHING", cancellationToken);
    }

    private async Task CopyOutboxAsync(NpgsqlConnection connection, List<(ChainLog Log, DecodedEvent Event)> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return;
        await ExecuteAsync(connection,
            "CREATE TEMP TABLE outbox_staging (kind text, block_number bigint, block_hash bytea, log_index int, payload jsonb) ON COMMIT DROP", cancellationToken);
        await using (var import = await connection.BeginBinaryImportAsync(
            "COPY outbox_staging (kind, block_number, block_hash, log_index, payload) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var (log, decoded) in rows)
            {
                await import.StartRowAsync(cancellationToken);
                await import.WriteAsync(decoded.Table.Name, NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync((long)log.BlockNumber, NpgsqlDbType.Bigint, cancellationToken);
                await import.WriteAsync(log.BlockHash, NpgsqlDbType.Bytea, cancellationToken);
                await import.WriteAsync(log.LogIndex, NpgsqlDbType.Integer, cancellationToken);
                await import.WriteAsync(decoded.ToJson(), NpgsqlDbType.Jsonb, cancellationToken);
            }
            await import.CompleteAsync(cancellationToken);
        }
        // Ids follow chain order, which is the order notifications are delivered in.
        await using var insert = new NpgsqlCommand(
            """
            INSERT INTO outbox (chain_id, kind, block_number, block_hash, log_index, payload)
            SELECT $1, kind, block_number, block_hash, log_index, payload FROM outbox_staging ORDER BY block_number, log_index
            ON CONFLICT (chain_id, block_hash, log_index) WHERE block_hash IS NOT NULL DO NOTHING
            """, connection);
        insert.Parameters.AddWithValue(chainId);
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlDbType ColumnType(string abiType) => abiType switch
    {
        _ when abiType.EndsWith("[]", StringComparison.Ordinal) => NpgsqlDbType.Array | ColumnType(abiType[..^2]),
        "address" => NpgsqlDbType.Bytea,
        _ when abiType.StartsWith("bytes", StringComparison.Ordinal) => NpgsqlDbType.Bytea,
        "uint8" => NpgsqlDbType.Smallint,
        "string" => NpgsqlDbType.Text,
        "bool" => NpgsqlDbType.Boolean,
        _ => NpgsqlDbType.Numeric,
    };

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
