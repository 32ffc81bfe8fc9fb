using Npgsql;

namespace GovernanceRewards.Indexer.Notifications;

/// <summary>
/// How far the indexer's readers can see: every event in blocks up to <see cref="BlockNumber"/> has been delivered and
/// its handlers returned, and so has every event mined before <see cref="Timestamp"/> (unix seconds). Read models fed
/// by the notifications are complete up to here; the cursor alone may be ahead of them while a page is delivered.
/// </summary>
public sealed record DeliveredHead(ulong BlockNumber, ulong Timestamp)
{
    /// <summary>Nothing indexed yet.</summary>
    public static readonly DeliveredHead None = new(0, 0);

    /// <summary>The chain's delivered head: the cursor when nothing waits for delivery, else just before the first event that waits.</summary>
    public static async Task<DeliveredHead> ReadAsync(NpgsqlDataSource dataSource, long chainId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            WITH waiting AS (
                SELECT o.block_number, o.block_timestamp, o.kind FROM outbox o
                WHERE o.chain_id = $1 AND o.id > coalesce((SELECT last_id FROM outbox_delivered WHERE chain_id = $1), 0)
                ORDER BY o.id LIMIT 1)
            SELECT c.block_number, b.timestamp, w.block_number, w.block_timestamp, w.kind = $2, fork.timestamp
            FROM cursors c
            LEFT JOIN blocks b ON b.chain_id = c.chain_id AND b.number = c.block_number
            LEFT JOIN waiting w ON true
            LEFT JOIN blocks fork ON fork.chain_id = c.chain_id AND fork.number = w.block_number
            WHERE c.chain_id = $1
            """);
        command.Parameters.AddWithValue(chainId);
        command.Parameters.AddWithValue(OutboxPublisher.RollbackKind);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return None;
        if (reader.IsDBNull(2)) return new DeliveredHead((ulong)reader.GetInt64(0), reader.IsDBNull(1) ? 0 : (ulong)reader.GetInt64(1));
        var waitingBlock = (ulong)reader.GetInt64(2);
        // A rollback notice waiting: the fork block survived, and every block after it (orphaned or new) is at least as
        // late, so its time bounds what has been delivered.
        if (reader.GetBoolean(4)) return new DeliveredHead(waitingBlock, reader.IsDBNull(5) ? 0 : (ulong)reader.GetInt64(5));
        return new DeliveredHead(waitingBlock - 1, (ulong)reader.GetInt64(3));
    }
}
