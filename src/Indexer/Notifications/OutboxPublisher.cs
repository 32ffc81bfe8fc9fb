using System.Runtime.ExceptionServices;
using GovernanceRewards.Indexer.Events;
using GovernanceRewards.Indexer.Rpc;
using Mediator;
using Npgsql;

namespace GovernanceRewards.Indexer.Notifications;

/// <summary>
/// Delivers what the store committed, in commit order, through Mediator: at least once, since the chain's delivery
/// cursor (<c>outbox_delivered</c>) only moves past rows whose handlers returned. Each event is published as its own
/// <see cref="ChainEvent"/> type (decoded by <see cref="ChainEventCatalog"/>), a rollback as <see cref="BlocksRolledBack"/>.
/// </summary>
public sealed class OutboxPublisher(NpgsqlDataSource dataSource, IPublisher publisher, long chainId)
{
    public const string RollbackKind = "blocks_rolled_back";

    /// <summary>
    /// Publishes every pending row; returns how many were delivered. After each page the chain's delivery cursor moves
    /// to the last row whose handlers returned, so a failing handler gets the same row again next time.
    /// </summary>
    public Task<int> PublishPendingAsync(CancellationToken cancellationToken) => PublishPendingAsync(null, cancellationToken);

    /// <inheritdoc cref="PublishPendingAsync(CancellationToken)"/>
    /// <param name="committed">
    /// Events just committed, numbered as the store wrote them: when they are all that is pending, they are delivered
    /// from memory instead of being read back (measured: reading and parsing them took a third of the indexer's time).
    /// </param>
    /// <param name="cancellationToken">Stops between notifications.</param>
    public async Task<int> PublishPendingAsync(IReadOnlyList<ChainEvent>? committed, CancellationToken cancellationToken)
    {
        var delivered = 0;
        var after = await DeliveredThroughAsync(cancellationToken);
        if (committed is [var first, ..] && first.Location.DeliveryId > after
            && await PendingCountAsync(after, committed[^1].Location.DeliveryId, cancellationToken) == committed.Count)
        {
            (after, delivered) = await DeliverAsync([.. committed.Select(e => new Delivery(e.Location.DeliveryId, e))], after, cancellationToken);
        }
        while (true)
        {
            var pending = await PendingAsync(after, cancellationToken);
            if (pending.Count == 0) return delivered;
            var (last, count) = await DeliverAsync(pending, after, cancellationToken);
            after = last;
            delivered += count;
        }
    }

    /// <summary>
    /// Publishes <paramref name="rows"/> in order, then <see cref="PageDelivered"/> for those whose handlers returned (a
    /// handler failing stops the page there), and moves the delivery cursor past them once that too returned.
    /// </summary>
    private async Task<(long DeliveredThrough, int Delivered)> DeliverAsync(IReadOnlyList<Delivery> rows, long after, CancellationToken cancellationToken)
    {
        var delivered = 0;
        long? lastDelivered = null;
        ExceptionDispatchInfo? failure = null;
        try
        {
            foreach (var row in rows)
            {
                await publisher.Publish(row.Notification, cancellationToken);
                lastDelivered = row.Id;
                delivered++;
            }
        }
        catch (Exception e)
        {
            failure = ExceptionDispatchInfo.Capture(e);
        }
        if (lastDelivered is { } last)
        {
            // Handlers that buffer their writes store them now; if that fails, the cursor stays and the page comes again.
            try
            {
                await publisher.Publish(new PageDelivered(chainId, last), cancellationToken);
            }
            catch when (failure is not null)
            {
                failure.Throw();
            }
            await using var mark = dataSource.CreateCommand(
                """
                INSERT INTO outbox_delivered (chain_id, last_id) VALUES ($1, $2)
                ON CONFLICT (chain_id) DO UPDATE SET last_id = greatest(outbox_delivered.last_id, excluded.last_id)
                """);
            mark.Parameters.AddWithValue(chainId);
            mark.Parameters.AddWithValue(last);
            await mark.ExecuteNonQueryAsync(CancellationToken.None);
        }
        failure?.Throw();
        return (lastDelivered ?? after, delivered);
    }

    private async Task<long> DeliveredThroughAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT last_id FROM outbox_delivered WHERE chain_id = $1");
        command.Parameters.AddWithValue(chainId);
        return await command.ExecuteScalarAsync(cancellationToken) is long last ? last : 0;
    }

    /// <summary>How many of the chain's rows are in (<paramref name="after"/>, <paramref name="through"/>]: other chains share the ids.</summary>
    private async Task<long> PendingCountAsync(long after, long through, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM outbox WHERE chain_id = $1 AND id > $2 AND id <= $3");
        command.Parameters.AddWithValue(chainId);
        command.Parameters.AddWithValue(after);
        command.Parameters.AddWithValue(through);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The next page after <paramref name="after"/>: a range of the primary key, since the bound is a value.</summary>
    private async Task<List<Delivery>> PendingAsync(long after, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT id, kind, block_number, block_hash, log_index, transaction_hash, block_timestamp, contract, topic0, topic1, topic2, topic3, data
            FROM outbox
            WHERE chain_id = $1 AND id > $2
            ORDER BY id LIMIT 5000
            """);
        command.Parameters.AddWithValue(chainId);
        command.Parameters.AddWithValue(after);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<Delivery>();
        var catalog = ChainEventCatalog.Current;
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetInt64(0);
            var kind = reader.GetString(1);
            var blockNumber = (ulong)reader.GetInt64(2);
            if (kind == RollbackKind)
            {
                rows.Add(new Delivery(id, new BlocksRolledBack(id, chainId, blockNumber)));
                continue;
            }
            var type = catalog.Named(kind) ?? throw new InvalidOperationException($"outbox row {id} holds a {kind}, which this version does not decode");
            byte[][] topics = [.. Enumerable.Range(8, 4).TakeWhile(i => !reader.IsDBNull(i)).Select(i => (byte[])reader[i])];
            var log = new ChainLog(blockNumber, (byte[])reader[3], (ulong)reader.GetInt64(6), reader.GetInt32(4), (byte[])reader[5], 0,
                (byte[])reader[7], topics, (byte[])reader[12]);
            rows.Add(new Delivery(id, type.Decode(log, DecodedRange.Location(log, chainId, log.BlockTimestamp!.Value, id))));
        }
        return rows;
    }

    /// <summary>One outbox row's notification, and the row's id (the delivery cursor moves past it once its handlers returned).</summary>
    private sealed record Delivery(long Id, INotification Notification);
}
