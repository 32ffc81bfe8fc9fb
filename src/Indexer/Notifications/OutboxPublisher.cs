using System.Globalization;
using System.Numerics;
using System.Text.Json;
using GovernanceRewards.Indexer.Rpc;
using Mediator;
using Npgsql;

namespace GovernanceRewards.Indexer.Notifications;

/// <summary>
/// Delivers what the store committed, in commit order, through Mediator: at least once, since the chain's delivery
/// cursor (<c>outbox_delivered</c>) only moves past rows whose handlers returned. Events become <see cref="ChainEventIndexed"/> (and <see cref="EpochFunded"/> for
/// the reward pipeline); rollbacks become <see cref="BlocksRolledBack"/>.
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
    /// Rows just committed, as the store wrote them: when they are all that is pending, they are delivered from
    /// memory instead of being read back (measured: reading and parsing them took a third of the indexer's time).
    /// </param>
    /// <param name="cancellationToken">Stops between notifications.</param>
    public async Task<int> PublishPendingAsync(IReadOnlyList<OutboxRow>? committed, CancellationToken cancellationToken)
    {
        var delivered = 0;
        var after = await DeliveredThroughAsync(cancellationToken);
        if (committed is [var first, ..] && first.Id > after && await PendingCountAsync(after, committed[^1].Id, cancellationToken) == committed.Count)
        {
            (after, delivered) = await DeliverAsync(committed, after, cancellationToken);
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

    /// <summary>Publishes <paramref name="rows"/> in order, then moves the delivery cursor past those whose handlers returned.</summary>
    private async Task<(long DeliveredThrough, int Delivered)> DeliverAsync(IReadOnlyList<OutboxRow> rows, long after, CancellationToken cancellationToken)
    {
        var delivered = 0;
        long? lastDelivered = null;
        try
        {
            foreach (var row in rows)
            {
                foreach (var notification in Notifications(row)) await publisher.Publish(notification, cancellationToken);
                lastDelivered = row.Id;
                delivered++;
            }
        }
        finally
        {
            if (lastDelivered is { } last)
            {
                await using var mark = dataSource.CreateCommand(
                    """
                    INSERT INTO outbox_delivered (chain_id, last_id) VALUES ($1, $2)
                    ON CONFLICT (chain_id) DO UPDATE SET last_id = greatest(outbox_delivered.last_id, excluded.last_id)
                    """);
                mark.Parameters.AddWithValue(chainId);
                mark.Parameters.AddWithValue(last);
                await mark.ExecuteNonQueryAsync(CancellationToken.None);
            }
        }
        return (lastDelivered ?? after, delivered);
    }

    private IEnumerable<INotification> Notifications(OutboxRow row)
    {
        if (row.Kind == RollbackKind)
        {
            yield return new BlocksRolledBack(row.Id, chainId, row.BlockNumber);
            yield break;
        }
        var location = new EventLocation(row.Id, chainId, row.BlockNumber, Hex.From(row.BlockHash!), row.LogIndex!.Value, Hex.From(row.TransactionHash!));
        var arguments = row.Payload;
        yield return new ChainEventIndexed(location, row.Kind, arguments);
        if (row.Kind == "epoch_funded")
        {
            yield return new EpochFunded(location,
                ulong.Parse(arguments.GetProperty("epoch").GetString()!, CultureInfo.InvariantCulture),
                BigInteger.Parse(arguments.GetProperty("budget").GetString()!, CultureInfo.InvariantCulture),
                ulong.Parse(arguments.GetProperty("window_start").GetString()!, CultureInfo.InvariantCulture),
                ulong.Parse(arguments.GetProperty("window_end").GetString()!, CultureInfo.InvariantCulture),
                arguments.GetProperty("policy_hash").GetString()!);
        }
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
    private async Task<List<OutboxRow>> PendingAsync(long after, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT o.id, o.kind, o.block_number, o.block_hash, o.log_index, o.payload, o.transaction_hash
            FROM outbox o
            WHERE o.chain_id = $1 AND o.id > $2
            ORDER BY o.id LIMIT 5000
            """);
        command.Parameters.AddWithValue(chainId);
        command.Parameters.AddWithValue(after);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<OutboxRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new OutboxRow(
                reader.GetInt64(0), reader.GetString(1), (ulong)reader.GetInt64(2),
                reader.IsDBNull(3) ? null : (byte[])reader[3], reader.IsDBNull(4) ? null : reader.GetInt32(4),
                JsonDocument.Parse(reader.GetString(5)).RootElement.Clone(), reader.IsDBNull(6) ? null : (byte[])reader[6]));
        }
        return rows;
    }

}

/// <summary>One row of the outbox: an event to announce (with where it sits on chain), or a rollback (without).</summary>
public sealed record OutboxRow(long Id, string Kind, ulong BlockNumber, byte[]? BlockHash, int? LogIndex, JsonElement Payload, byte[]? TransactionHash);
